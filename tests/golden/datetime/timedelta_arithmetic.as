# timedelta arithmetic and comparisons
from datetime import timedelta

a = timedelta(days=1, hours=6)
b = timedelta(hours=8)
print(a + b, a - b, b - a)
print(-a, +a, abs(-a))
print(a * 3, 3 * a, a * 1.5, 0.5 * a)
print(a / 4, a / 2.5, a / b, a // b, a % b)
print(divmod(a, b))
print(a // 7, timedelta(seconds=-1) // 3)
print(timedelta(microseconds=7) / 2, timedelta(microseconds=5) / 2)
print(timedelta(seconds=1) / 3)
print(a.total_seconds(), timedelta(microseconds=-1).total_seconds())
print(a > b, a < b, a == timedelta(hours=30), a != b, a >= a, b <= a)
print(a == 5, a != 'x')
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(sorted([a, b, -b, timedelta(0)]))
print(max(a, b), min(a, b))
print(sum([a, b, b], timedelta()))
for expr, f in [('a / 0', lambda: a / 0), ('a // 0', lambda: a // 0),
                ('a / timedelta(0)', lambda: a / timedelta(0)),
                ('a % timedelta(0)', lambda: a % timedelta(0)),
                ('timedelta.max + timedelta(1)', lambda: timedelta.max + timedelta(1)),
                ('-timedelta.max', lambda: -timedelta.max),
                ('a * nan', lambda: a * float('nan'))]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(expr, '->', type(e).__name__, e)
