# timezone: fixed offsets, names, conversions
import datetime
from datetime import datetime as dt, timedelta, timezone

utc = timezone.utc
print(repr(utc), str(utc), utc is datetime.UTC, repr(datetime.UTC))
tz = timezone(timedelta(hours=2), 'CEST')
print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None))
for off in (timedelta(hours=2), timedelta(hours=-2, minutes=-30), timedelta(0),
            timedelta(seconds=1, microseconds=5), timedelta(hours=23, minutes=59)):
    z = timezone(off)
    print(repr(z), str(z))
print(repr(timezone.min), repr(timezone.max))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'x'), tz == utc)
d = dt(2024, 3, 10, 12, 0, tzinfo=utc)
print(d.astimezone(tz), d.astimezone(timezone(timedelta(hours=-5))))
print(d.astimezone(tz).astimezone(utc) == d)
print(repr(dt(2024, 3, 10, 12).astimezone(utc)))
print(repr(dt(2024, 3, 10, 12).astimezone()))
print(d.astimezone(), d.timestamp(), tz.fromutc(dt(2024, 1, 1, tzinfo=tz)))
print(dt.fromtimestamp(0, utc), dt.fromtimestamp(86400 * 365.25, tz))
for bad, f in [('timezone(timedelta(days=1))', lambda: timezone(timedelta(days=1))),
               ('tz.utcoffset(5)', lambda: tz.utcoffset(5)),
               ('tz.fromutc(dt(2024, 1, 1))', lambda: tz.fromutc(dt(2024, 1, 1)))]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(bad, '->', type(e).__name__, e)
