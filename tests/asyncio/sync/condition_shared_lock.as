# A Condition can be built on an existing Lock: both see the same state.
import asyncio


async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    await lock.acquire()
    print('cond.locked():', cond.locked(), repr(cond))
    cond.release()
    print('lock.locked():', lock.locked(), repr(lock))
    async with cond:
        print('inside async with cond:', repr(lock))
    other = asyncio.Condition()
    print('own lock:', other.locked(), repr(other))


asyncio.run(main())
