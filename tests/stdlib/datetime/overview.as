# One line or two for each part of datetime, checked against CPython.
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR, UTC
import datetime as dtmod
print(date.min, date.max, date.resolution, datetime.min, datetime.max, datetime.resolution, time.min, time.max, time.resolution, timedelta.min, timedelta.max, timedelta.resolution)
print(timezone.utc, timezone.min, timezone.max, repr(timezone(timedelta(hours=-5), 'EST')), MINYEAR, MAXYEAR, UTC is timezone.utc)
d = datetime(2024, 2, 29, 13, 45, 30, 123456, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(d, repr(d), d.isoformat(), d.isoformat(' ', 'milliseconds'), d.timestamp(), d.utcoffset(), d.tzname(), d.dst())
print(d.astimezone(timezone.utc), d.replace(year=2023, day=28), d.date(), d.time(), d.timetz(), d.weekday(), d.isoweekday(), d.isocalendar(), d.timetuple(), d.utctimetuple(), d.toordinal(), d.ctime())
print(datetime.combine(date(2020,1,1), time(1,2,3), tzinfo=timezone.utc), datetime.fromtimestamp(1e9, timezone.utc), datetime.fromtimestamp(0, timezone(timedelta(hours=-3))))
print(datetime.strptime('2024-03-05 07:08:09.5 +0130', '%Y-%m-%d %H:%M:%S.%f %z'), datetime.strptime('Mar 5 2024 PM 3', '%b %d %Y %p %I'), datetime.strptime('24/060', '%y/%j'))
print(datetime.strptime('Tuesday 2024 10 2', '%A %Y %W %w'), datetime.strptime('2024 10 2', '%Y %U %w'), datetime.strptime('2024-W10-2', '%G-W%V-%u'), datetime.strptime('%', '%%'))
print(d.strftime('%a %A %b %B %c %d %f %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %z %Z %% %G %V %u %:z'))
print(date.fromisoformat('2024-W10-2'), date.fromisoformat('20240305'), datetime.fromisoformat('2024-03-05T07:08:09.123+05:30'), datetime.fromisoformat('2024-03-05 07:08Z'), time.fromisoformat('T07:08:09,5'))
print(timedelta(days=1, seconds=-1, microseconds=5) * 2.5, timedelta(hours=25) // timedelta(hours=2), timedelta(hours=25) % timedelta(hours=7), divmod(timedelta(hours=25), timedelta(hours=7)), -timedelta(1), abs(timedelta(-1)), timedelta(1) / 3, timedelta(1).total_seconds(), repr(timedelta(1, 2, 3)))
print(time(12, 30, tzinfo=timezone.utc).isoformat(timespec='auto'), time(1,2,3,4).strftime('%H %f'), hash(time(1)) == hash(time(1)), time(23, 59, 59, 999999) > time(0), bool(time(0)))
try: datetime(2024, 2, 30)
except ValueError as e: print(e)
try: datetime.strptime('x', '%Y')
except ValueError as e: print(e)
try: datetime(2020,1,1) < datetime(2020,1,1,tzinfo=timezone.utc)
except TypeError as e: print(e)
print(datetime(2020,1,1) == datetime(2020,1,1,tzinfo=timezone.utc))
print(format(d, '%Y'), f'{d:%H:%M}', str(timedelta(microseconds=-1)), d.__format__(''), date(2024,5,5).__format__(''))
class TZ(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=1)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'X'
print(datetime(2024,1,1,tzinfo=TZ()), datetime(2024,1,1,tzinfo=TZ()).astimezone(timezone.utc), datetime(2024,1,1,tzinfo=TZ()).strftime('%Z %z'))
print(datetime.fromisocalendar(2020, 53, 7), datetime(2024,3,10,2,30, fold=1).fold, datetime.max - datetime.min)
