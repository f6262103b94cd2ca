# date.fromisoformat / fromisocalendar, including week dates
from datetime import date

for s in ['2024-02-28', '20240228', '2024-W09', '2024-W09-3', '2024W093', '2020-W53-7',
          '2024-2-28', '2024-02-28T00:00', '2024/02/28', '', '2024-13-01', '2021-W53-1']:
    try:
        print(repr(s), '->', repr(date.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), '-> ValueError:', e)
try:
    date.fromisoformat(20240228)
except TypeError as e:
    print('TypeError:', e)
print(date.fromisocalendar(2024, 9, 3), date.fromisocalendar(2020, 53, 5))
for args in [(0, 1, 1), (2021, 53, 1), (2024, 1, 8)]:
    try:
        date.fromisocalendar(*args)
    except ValueError as e:
        print(args, e)
for d in [date(2005, 1, 1), date(2008, 12, 29), date(2010, 1, 3)]:
    y, w, wd = d.isocalendar()
    print(d, d.isocalendar(), date.fromisocalendar(y, w, wd) == d)
