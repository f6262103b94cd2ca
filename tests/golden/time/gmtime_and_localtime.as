# gmtime/localtime of the virtual clock and of explicit timestamps
import time
t = time.gmtime()
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
print(tuple(time.gmtime(0))[:6], time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(time.localtime().tm_year)
