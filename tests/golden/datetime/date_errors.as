# date/time/datetime argument validation messages
from datetime import date, time, datetime, timezone, timedelta

tests = [
    ('date(2024, 13, 1)', lambda: date(2024, 13, 1)),
    ('date(2024, 0, 1)', lambda: date(2024, 0, 1)),
    ('date(2023, 2, 29)', lambda: date(2023, 2, 29)),
    ('date(2024, 4, 31)', lambda: date(2024, 4, 31)),
    ('date(0, 1, 1)', lambda: date(0, 1, 1)),
    ('date(10000, 1, 1)', lambda: date(10000, 1, 1)),
    ("date('2024', 1, 1)", lambda: date('2024', 1, 1)),
    ('date(2024.0, 1, 1)', lambda: date(2024.0, 1, 1)),
    ('time(24)', lambda: time(24)),
    ('time(0, 60)', lambda: time(0, 60)),
    ('time(0, 0, 60)', lambda: time(0, 0, 60)),
    ('time(0, 0, 0, 1000000)', lambda: time(0, 0, 0, 1000000)),
    ('time(-1)', lambda: time(-1)),
    ('time(fold=2)', lambda: time(fold=2)),
    ('time(tzinfo=1)', lambda: time(tzinfo=1)),
    ('datetime(2024, 1, 1, 25)', lambda: datetime(2024, 1, 1, 25)),
    ('datetime(2024, 2, 30)', lambda: datetime(2024, 2, 30)),
    ('date.fromordinal(0)', lambda: date.fromordinal(0)),
    ('timezone(timedelta(hours=24))', lambda: timezone(timedelta(hours=24))),
    ('timezone(5)', lambda: timezone(5)),
    ('timezone(timedelta(0), 5)', lambda: timezone(timedelta(0), 5)),
    ('date(2024, 2, 29)', lambda: date(2024, 2, 29)),
]
for t, f in tests:
    try:
        f()
        print(t, 'ok')
    except (ValueError, TypeError) as e:
        print(f'{t:35} {type(e).__name__}: {e}')
print(date(True, True, True))
