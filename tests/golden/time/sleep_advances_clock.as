# time.sleep advances the virtual clock exactly, without real waiting
import time
t0 = time.time()
m0 = time.monotonic()
time.sleep(1.5)
print(time.time() - t0, time.monotonic() - m0)
time.sleep(3600)
print(time.strftime("%H:%M:%S"))
time.sleep(0)
print(time.time())
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
