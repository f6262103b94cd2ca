# equal dates/datetimes/times hash equal: dict keys and sets work
from datetime import date, datetime, time, timedelta, timezone

seen = {date(2024, 1, 1): 'new year'}
print(seen[date(2023, 12, 31) + timedelta(days=1)])
moments = {datetime(2024, 1, 1, 12, tzinfo=timezone.utc),
           datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2))),
           datetime(2024, 1, 1, 7, tzinfo=timezone(timedelta(hours=-5)))}
print(len(moments))
print(len({timedelta(hours=24), timedelta(days=1), timedelta(seconds=86400)}))
print(len({time(12), time(12, 0, 0, 0), time(12, fold=1)}))
print(len({datetime(2024, 1, 1), datetime(2024, 1, 1, fold=1), datetime(2024, 1, 1, 0, 0, 1)}))
print(len({timezone(timedelta(hours=1)), timezone(timedelta(hours=1), 'A'), timezone.utc}))
counts = {}
for d in [date(2024, 3, 1) + timedelta(days=i) for i in range(40)]:
    counts[d.isoweekday()] = counts.get(d.isoweekday(), 0) + 1
print(sorted(counts.items()))
print(date(2024, 1, 1).isocalendar() == (2024, 1, 1), hash(date(2024, 1, 1).isocalendar()) == hash((2024, 1, 1)))
