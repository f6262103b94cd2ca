# timedelta normalises every unit into days, seconds and microseconds
import datetime
from datetime import timedelta

print(timedelta(weeks=4, hours=12))
print(repr(timedelta(weeks=4, hours=12)))
print(repr(timedelta()))
print(repr(timedelta(1, 2, 3)))
print(repr(timedelta(hours=-1)))
print(repr(timedelta(minutes=90, seconds=-30)))
print(repr(timedelta(milliseconds=1500)))
print(repr(timedelta(days=1.5)))
print(repr(timedelta(hours=-1.25)))
print(repr(timedelta(seconds=0.1)))
# microseconds are rounded half to even
for us in (0.5, 1.5, 2.5, -0.5, -1.5):
    print(us, repr(timedelta(microseconds=us)))
print(repr(timedelta(days=0.1, seconds=0.2, microseconds=0.3, milliseconds=0.4,
                     minutes=0.5, hours=0.6, weeks=0.7)))
td = timedelta(days=-3, hours=5, microseconds=7)
print(td.days, td.seconds, td.microseconds)
print(timedelta.min, '|', timedelta.max, '|', repr(timedelta.resolution))
for bad, f in [("timedelta('1')", lambda: timedelta('1')),
               ('timedelta(seconds=[])', lambda: timedelta(seconds=[])),
               ('timedelta(days=10**9)', lambda: timedelta(days=10**9)),
               ('timedelta(days=nan)', lambda: timedelta(days=float('nan'))),
               ('timedelta(days=inf)', lambda: timedelta(days=float('inf')))]:
    try:
        f()
    except (TypeError, ValueError, OverflowError) as e:
        print(bad, '->', type(e).__name__, e)
