# datetime.strptime error messages
from datetime import datetime

cases = [
    ('2023-12-31', '%Y/%m/%d'),
    ('2023-12-31 extra', '%Y-%m-%d'),
    ('2023-12-31', '%Y-%m-%d %H'),
    ('2023-13-01', '%Y-%m-%d'),
    ('Feb 29', '%b %d'),
    ('2023 02 29', '%Y %m %d'),
    ('2023', '%Y %Q'),
    ('2023', '%Y%'),
    ('2023', '%Y% d'),
    ('12:61', '%H:%M'),
    ('10:20:60', '%H:%M:%S'),
    ('2023 05', '%G %V'),
    ('2023 05 1', '%Y %V %u'),
    ('+05:3001', '%z'),
    ('+2400', '%z'),
    ("it's", '%Y'),
]
for text, fmt in cases:
    try:
        print(datetime.strptime(text, fmt))
    except ValueError as e:
        print('ValueError:', e)
for args in ((2023, '%Y'), ('2023', None)):
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print('TypeError:', e)
