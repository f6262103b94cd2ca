# strftime: every directive in the C locale, plus glibc flags
from datetime import datetime, date, time, timezone, timedelta

d = datetime(2023, 12, 31, 23, 59, 30, 500)
for c in 'aAwdbBmyYHIpMSfzZjUWcxX%GgVueCDFTRrhn':
    print('%' + c, repr(d.strftime('%' + c)))
print(d.strftime('%Y-%m-%d %H:%M:%S.%f'))
print(d.strftime('%-d/%-m/%y %-H:%M %_d|%e|%5Y|%^a|%#p|%P'))
aware = d.replace(tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST'))
print(aware.strftime('%z %:z %Z'), d.strftime('[%z][%Z]'))
neg = d.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-7, seconds=-5)))
print(neg.strftime('%z | %:z | %Z'))
print(date(2024, 2, 29).strftime('%A %d %B %Y, day %j, week %U/%W, %H:%M:%S.%f'))
print(time(7, 5, 3).strftime('%I:%M:%S %p on %Y-%m-%d'))
print(datetime(5, 3, 4, 1, 2, 3).strftime('%Y|%C|%y|%G|%c'))
print(datetime(2024, 1, 1).strftime('100%% sure %Q %'))
print(f'{d:%d.%m.%Y}', format(d, '%H:%M'), format(d, ''), f'{d}', f'{d.date():%b}')
for y in (2020, 2021, 2026):
    x = date(y, 1, 1)
    print(x, x.strftime('%a %U %W %V %G %u %w'))
