# datetime.strptime with the common directives
from datetime import datetime

cases = [
    ('2023-12-31 23:59:30', '%Y-%m-%d %H:%M:%S'),
    ('31/12/23', '%d/%m/%y'),
    ('1/2/69', '%d/%m/%y'),
    ('Sun Dec 31 23:59:30 2023', '%c'),
    ('12/31/23 23:59:30', '%x %X'),
    ('March 5, 2024 07:08 PM', '%B %d, %Y %I:%M %p'),
    ('mar 5 2024 12:00 am', '%b %d %Y %I:%M %p'),
    ('Tuesday 2024 060', '%A %Y %j'),
    ('2024-02-29T10:20:30.5', '%Y-%m-%dT%H:%M:%S.%f'),
    ('2024-02-29T10:20:30.123456+0530', '%Y-%m-%dT%H:%M:%S.%f%z'),
    ('2024-02-29 10:20 -07:00', '%Y-%m-%d %H:%M %z'),
    ('2024-02-29 10:20 Z', '%Y-%m-%d %H:%M %z'),
    ('2024-02-29 10:20 +01:00 UTC', '%Y-%m-%d %H:%M %z %Z'),
    ('2024-02-29 10:20 GMT', '%Y-%m-%d %H:%M %Z'),
    ('100% at 5', '100%% at %H'),
    ('2024 9 3', '%G %V %u'),
    ('2024 08 Wed', '%Y %U %a'),
    ('2024 08 3', '%Y %W %w'),
    ('2024 \t  1', '%Y %m'),
    ('20240102', '%Y%m%d'),
    ('1112', '%m%d'),
    ('123', '%H%M'),
]
for text, fmt in cases:
    d = datetime.strptime(text, fmt)
    print(f'{text!r:36} {fmt!r:24} {d!r}')
d = datetime(2024, 7, 4, 9, 5, 1, 250000)
for fmt in ('%Y-%m-%d %H:%M:%S.%f', '%a %b %d %I:%M:%S %p %Y', '%j %Y %H%M%S'):
    s = d.strftime(fmt)
    print(s, datetime.strptime(s, fmt) == d.replace(microsecond=d.microsecond if '%f' in fmt else 0))
