# gc-stress: skip -- a million tasks, hopeless when every allocation collects
# valgrind: skip -- minutes under valgrind; the smaller task tests cover the paths
# timeout: 60 -- about 8 s of CPU in a plain build; shared CI machines are slower
# A million tasks each sleep a pseudo-random virtual delay (an LCG: there is
# no random module) and finish.  Afterwards gc.collect() must give the
# memory back: resident memory (VmRSS) falls to within 64 MiB of where it
# started.  At their peak the tasks hold about 1 GiB (about 1.1 KiB per
# sleeping task: task, coroutine frame, future, timer handle), so the bound
# says over 90% went back to the system.  What is left is malloc's free
# pages it keeps near the top of its heap and pool chunks still holding a
# few live objects.  aster differs from CPython 3.12 here on purpose:
# CPython keeps more of it (its object arenas stay partly used, so they
# are not freed) and prints False on the last line.
import asyncio
import gc

MIB = 1024

def status_kib(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])

def rss_kib():
    return status_kib("VmRSS")

# AddressSanitizer reserves terabytes of address space for its shadow
# memory and keeps freed memory in quarantine: under it only the first
# check is meaningful, and the second is not made.
sanitized = status_kib("VmSize") > 1024 * 1024 * 1024

N = 1000000
finished = 0

async def worker(delay):
    global finished
    await asyncio.sleep(delay)
    finished += 1

async def main():
    seed = 12345
    for _ in range(N):
        seed = (seed * 75 + 74) % 65537       # the ZX81's LCG: small ints only
        asyncio.create_task(worker(seed / 1000))
    loop = asyncio.get_running_loop()
    peak = rss_kib()
    start = loop.time()
    await asyncio.sleep(70)
    print("slept:", loop.time() - start)
    return peak

gc.collect()
before = rss_kib()
peak = asyncio.run(main())
print("finished:", finished)
gc.collect()
after = rss_kib()
print("tasks took over 256 MiB:", peak - before > 256 * MIB)
print("released to within 64 MiB:", sanitized or after - before < 64 * MIB)
