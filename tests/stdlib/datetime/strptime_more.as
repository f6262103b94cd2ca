from datetime import datetime

cases = [
    ('2024-03-05 07:08:09.5 +0130', '%Y-%m-%d %H:%M:%S.%f %z'),
    ('Mar 5 2024 PM 3', '%b %d %Y %p %I'),
    ('24/060', '%y/%j'),
    ('Tuesday 2024 10 2', '%A %Y %W %w'),
    ('2024 10 2', '%Y %U %w'),
    ('2024-W10-2', '%G-W%V-%u'),
    ('%', '%%'),
    ('5 UTC', '%d %Z'),
    ('  7', '%d'),
    ('2024-02-29', '%Y-%m-%d'),
    ('1:2:3 AM', '%H:%M:%S %p'),
    ('2024 -05:30:15.5', '%Y %z'),
]
for data, fmt in cases:
    d = datetime.strptime(data, fmt)
    print(repr(d), d.tzinfo)
for data, fmt in [('2023-02-29', '%Y-%m-%d'), ('x', '%Y'), ('2024 1', '%Y'), ('2024', '%V'),
                  ('2024 1 1', '%G %V %u'), ('2024', '%Q')]:
    try:
        datetime.strptime(data, fmt)
    except ValueError as e:
        print('ValueError', e)
