# date +/- timedelta, date - date, comparisons
from datetime import date, timedelta

d = date(2023, 12, 31)
print(d + timedelta(days=1), timedelta(days=60) + d, d - timedelta(weeks=52))
print(d + timedelta(hours=23), d - timedelta(hours=1))   # only whole days count
print(date(2024, 3, 1) - date(2024, 2, 1), date(2020, 1, 1) - date(2024, 1, 1))
print(d > date(2023, 1, 1), d == date(2023, 12, 31), d != date(2024, 1, 1))
print(sorted([date(2024, 5, 1), date(1999, 12, 31), date(2024, 1, 1)]))
leap = date(2024, 2, 28)
for i in range(3):
    print(leap + timedelta(days=i))
days = (date(2025, 1, 1) - date(2024, 1, 1)).days
print('days in 2024:', days)
for name, f in [('date.max + timedelta(1)', lambda: date.max + timedelta(1)),
                ('date.min - timedelta(1)', lambda: date.min - timedelta(1))]:
    try:
        f()
    except OverflowError as e:
        print(name, '->', e)
print(date(2024, 1, 31) == 5, date(2024, 1, 31) != 'x')
