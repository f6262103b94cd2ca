# timestamps: fromtimestamp/utcfromtimestamp rounding and timestamp()
from datetime import datetime, date, timezone, timedelta

for ts in (0, 1e9, 1234567890.123456, -1.5, 0.0000005, 0.0000015, 1e-7, 951782400.999999):
    print(ts, datetime.fromtimestamp(ts), datetime.utcfromtimestamp(ts), date.fromtimestamp(ts))
print(datetime.fromtimestamp(1e9, timezone(timedelta(hours=-8))))
for d in (datetime(2000, 1, 1), datetime(1969, 12, 31, 23, 59, 59, 1),
          datetime(2038, 1, 19, 3, 14, 8), datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=1)))):
    ts = d.timestamp()
    print(repr(d), ts, datetime.fromtimestamp(ts, d.tzinfo) == d)
for bad, f in [('fromtimestamp("x")', lambda: datetime.fromtimestamp('x')),
               ('fromtimestamp(nan)', lambda: datetime.fromtimestamp(float('nan'))),
               ('fromtimestamp(inf)', lambda: datetime.fromtimestamp(float('inf'))),
               ('utcfromtimestamp(1e12)', lambda: datetime.utcfromtimestamp(1e12))]:
    try:
        f()
    except (TypeError, ValueError, OverflowError) as e:
        print(bad, '->', type(e).__name__, e)
