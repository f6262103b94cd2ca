# datetime +/- timedelta, datetime - datetime, naive/aware rules
from datetime import datetime, timedelta, timezone

d = datetime(2023, 12, 31, 23, 59, 30)
print(d + timedelta(seconds=30), d + timedelta(days=59, hours=1))
print(timedelta(weeks=1) + d, d - timedelta(microseconds=1))
print(d - datetime(2023, 1, 1), datetime(2023, 1, 1) - d)
print(repr(d - datetime(2023, 12, 30, 23, 59, 30, 1)))
utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
a = datetime(2024, 1, 1, 12, tzinfo=utc)
b = datetime(2024, 1, 1, 14, tzinfo=plus2)
print(a == b, a - b, b - a, a < b, a <= b)
print(b + timedelta(hours=1), (b + timedelta(hours=1)).tzinfo)
print(datetime(2024, 1, 1, 12) == a, datetime(2024, 1, 1, 12) != a)
naive = datetime(2024, 1, 1)
for expr, f in [('naive < a', lambda: naive < a), ('naive - a', lambda: naive - a),
                ('datetime.max + timedelta(days=1)', lambda: datetime.max + timedelta(days=1)),
                ('datetime.min - timedelta(microseconds=1)',
                 lambda: datetime.min - timedelta(microseconds=1))]:
    try:
        f()
    except (TypeError, OverflowError) as e:
        print(expr, '->', type(e).__name__ + ':', e)
times = [datetime(2024, 3, 1), datetime(2023, 3, 1, 12), datetime(2024, 2, 29, 23, 59)]
print(sorted(times))
print(max(times) - min(times))
start = datetime(2024, 2, 28, 22)
for i in range(4):
    print(start + i * timedelta(hours=1, minutes=30))
