# The clocks under virtual time, and the conversions between them.
import time

print(time.time(), time.time_ns(), time.monotonic(), time.monotonic_ns(), time.perf_counter())
time.sleep(2.5)
print(time.time(), time.monotonic(), time.perf_counter_ns())
print(type(time.process_time()).__name__, type(time.process_time_ns()).__name__)
print(time.gmtime(0))
print(time.localtime(86400 * 366))
print(time.mktime(time.localtime(1e9)), time.strftime('%Y-%m-%d %H:%M:%S %a %j', time.gmtime(1e9)))
print(time.asctime(time.gmtime(0)), time.ctime(0), time.timezone, time.tzname)
st = time.gmtime(1234567890)
print(st.tm_year, st.tm_yday, st.tm_zone, st.tm_gmtoff, st[:3], len(st))
for call in (lambda: time.sleep(-1), lambda: time.gmtime('x'), lambda: time.strftime('%Y', (1,)),
             lambda: time.mktime(5), lambda: time.strftime(5)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(time.thread_time()).__name__, type(time.thread_time_ns()).__name__, time.thread_time() >= 0)
