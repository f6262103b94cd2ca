# str() of timedelta: [D day[s], ]H:MM:SS[.ffffff]
from datetime import timedelta

cases = [
    timedelta(0),
    timedelta(seconds=1, microseconds=500000),
    timedelta(days=1, minutes=3, hours=1),
    timedelta(hours=-1),
    timedelta(days=2),
    timedelta(days=-2, seconds=5),
    timedelta(hours=25, minutes=61, seconds=61),
    timedelta(microseconds=1),
    timedelta(microseconds=-1),
    timedelta(weeks=52, days=1),
    timedelta(days=999999999),
]
for td in cases:
    print(f'{str(td):>30} | {td!r}')
print(f"{timedelta(minutes=5)} elapsed")
print('%s' % timedelta(seconds=3661))
