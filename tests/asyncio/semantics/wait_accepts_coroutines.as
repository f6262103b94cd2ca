# golden: py37
# asyncio.wait() wraps bare coroutines in tasks, so the coroutine itself
# is never in `done` (seed 003 explains this)
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n * 10


async def main():
    coro = job(1)
    done, pending = await asyncio.wait([coro, job(2)])
    print(len(done), len(pending), coro in done)
    print(sorted(t.result() for t in done))


asyncio.get_event_loop().run_until_complete(main())
