# datetime.fromisoformat accepts the ISO 8601 forms of Python 3.12
from datetime import datetime

for s in ['2024-02-29', '2024-02-29T13:45', '2024-02-29 13:45:30', '2024-02-29T13:45:30.5',
          '2024-02-29T13:45:30.123456789', '2024-02-29T13:45:30,25', '20240229T134530',
          '2024-02-29T1345', '2024-02-29T13', '2024-02-29T13:45Z', '2024-02-29T13:45+05:30',
          '2024-02-29T13:45-0800', '2024-02-29T13:45:30+01:02:03.5', '2024-W09-4T08:00',
          '2024W094 08', '2024-02-29x12:00', '2024-02-29T', '2024-02-29T1:00',
          '2024-02-29T12:00 ', '2024-02-29T24:00', '2024-02-29T12:00+24:00', 'not a date']:
    try:
        print(f'{s!r:34} {datetime.fromisoformat(s)!r}')
    except ValueError as e:
        print(f'{s!r:34} ValueError: {e}')
d = datetime(2024, 5, 17, 8, 9, 10, 11)
print(datetime.fromisoformat(d.isoformat()) == d, datetime.fromisoformat(str(d)) == d)
