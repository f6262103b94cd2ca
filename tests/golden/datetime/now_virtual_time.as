# now()/today() follow the (virtual) wall clock: 2000-01-01 00:00:00 UTC
import time
import datetime

print(datetime.datetime.now())
print(datetime.date.today())
print(datetime.datetime.today())
print(datetime.datetime.now(datetime.timezone.utc))
print(datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=9))))
t0 = datetime.datetime.now()
time.sleep(90.25)
t1 = datetime.datetime.now()
print(t1, t1 - t0)
print(datetime.datetime.fromtimestamp(time.time()))
print(datetime.datetime.utcfromtimestamp(time.time()))
print(datetime.datetime.utcnow())
time.sleep(86400 * 366)
print(datetime.date.today(), datetime.datetime.now().strftime('%c'))
