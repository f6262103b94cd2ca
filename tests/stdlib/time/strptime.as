import time

print(time.strptime('Mon Jan  1 12:00:00 2024'))
print(time.strptime('2024-03-05 07:08:09', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('2/29', '%m/%d'))
st = time.strptime('2024 +0130 UTC', '%Y %z %Z')
print(st, st.tm_zone, st.tm_gmtoff)
st = time.strptime('5', '%d')
print(st.tm_zone, st.tm_gmtoff, time.mktime(time.strptime('2000-01-02', '%Y-%m-%d')))
print(time.strptime('2024 10 2', '%Y %W %w'))
print(time.strptime('99 365', '%y %j'))
print(time.strptime('12 pm 7', '%I %p %M'))
print(time.strftime('%Y-%m-%d %H:%M', time.strptime('1999-12-31 23:59', '%Y-%m-%d %H:%M')))
for call in (lambda: time.strptime(1), lambda: time.strptime('x', 1), lambda: time.strptime(),
             lambda: time.strptime('2024', '%Y', 3), lambda: time.strptime('x', '%Y'),
             lambda: time.strptime('2024x', '%Y'), lambda: time.strptime(format='%d', data_string='5'),
             lambda: time.strptime('2/30', '%m/%d')):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
