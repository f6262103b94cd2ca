# datetime.time: repr, str, isoformat, replace, comparison, strftime
from datetime import time, timezone, timedelta

t = time(12, 30)
print(t, repr(t), type(t).__name__)
print(repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)))
print(repr(time(23, 59, 59, 999999, timezone.utc)))
print(repr(time(1, fold=1)))
u = time(9, 5, 7, 1234)
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, u.isoformat(spec))
try:
    u.isoformat('days')
except ValueError as e:
    print('ValueError:', e)
a = time(14, 0, tzinfo=timezone(timedelta(hours=2)))
print(a, a.utcoffset(), a.tzname(), a.dst())
print(a.replace(tzinfo=None), a.replace(hour=15, minute=45))
print(time(10) < time(10, 0, 1), time(10) == time(10, 0), time(12) == 12)
print(a == time(12, tzinfo=timezone.utc), a < time(12, 1, tzinfo=timezone.utc))
print(time(1) == time(1, tzinfo=timezone.utc))
try:
    time(1) < time(1, tzinfo=timezone.utc)
except TypeError as e:
    print('TypeError:', e)
print(u.strftime('%H:%M:%S.%f %I %p | %Y-%m-%d %j %a'))
print(a.strftime('%H%M %z %Z'), f'{t:%I:%M %p}', f'{t}')
print(bool(time(0)), time.min, time.max, time.resolution)
print(time.fromisoformat('12:30:15.5+01:00'), time.fromisoformat('T0930'))
