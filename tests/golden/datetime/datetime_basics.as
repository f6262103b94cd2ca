# datetime: repr, str, isoformat, accessors, combine, replace
import datetime as dt
from datetime import datetime, date, time, timedelta, timezone

d = datetime(2023, 12, 31, 23, 59, 30)
print(d, repr(d), type(d).__name__, isinstance(d, date))
e = datetime(2023, 12, 31, 23, 59, 30, 500)
print(e, repr(e))
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 1)))
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold)
print(d.date(), d.time(), repr(d.timetz()))
print(d.isoformat(), d.isoformat(' '), d.isoformat(timespec='minutes'))
print(e.isoformat(sep='_', timespec='milliseconds'))
print(d.ctime(), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.timetuple())
print(d.toordinal(), datetime.fromordinal(d.toordinal()))
print(datetime.combine(date(2024, 2, 29), time(8, 15)))
print(repr(datetime.combine(date(2024, 2, 29), time(8, 15), timezone.utc)))
print(d.replace(year=2024, second=0), d.replace(tzinfo=timezone.utc))
print(datetime.min, datetime.max, datetime.resolution)
a = datetime(2024, 6, 1, 12, tzinfo=timezone(timedelta(hours=2)))
print(a, repr(a))
print(a.utcoffset(), a.tzname(), a.dst(), a.utctimetuple())
print(repr(datetime(2024, 1, 1, fold=1)))
for bad, f in [('d.isoformat(sep="--")', lambda: d.isoformat(sep='--')),
               ('d.isoformat(timespec="x")', lambda: d.isoformat(timespec='x')),
               ('datetime.combine(d, 5)', lambda: datetime.combine(d, 5))]:
    try:
        f()
    except (TypeError, ValueError) as exc:
        print(bad, '->', type(exc).__name__, exc)
