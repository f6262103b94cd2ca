# date construction, attributes and calendar queries
import datetime
from datetime import date

d = date(2024, 2, 28)
print(d, repr(d), type(d).__name__)
print(d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.isocalendar())
iso = d.isocalendar()
print(iso.year, iso.week, iso.weekday, iso[1], tuple(iso) == (2024, 9, 3))
y, w, wd = iso
print(y, w, wd)
print(d.toordinal(), date.fromordinal(d.toordinal()) == d)
print(d.isoformat(), d.ctime())
print(d.timetuple())
print(d.replace(day=29), d.replace(2023, 3))
print(date.min, date.max, date.resolution)
print(datetime.MINYEAR, datetime.MAXYEAR)
for args in [(2020, 1, 1), (2020, 12, 31), (2021, 1, 3), (2026, 12, 31), (2027, 1, 1)]:
    x = date(*args)
    print(x, x.strftime('%a'), x.isocalendar())
print(date.fromordinal(1), date.fromordinal(730120))
print(date(2024, 2, 29).replace(year=2028))
