# a task awaiting through 10000 nested coroutine calls suspends and resumes
# many times; each resume starts at the bottom of the chain (no re-walk)
import asyncio
import sys

sys.setrecursionlimit(20000)


async def leaf(n):
    total = 0
    for i in range(n):
        await asyncio.sleep(0)
        total += i
    return total


async def chain(depth, n):
    if depth == 0:
        return await leaf(n)
    return await chain(depth - 1, n) + 1


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
    return 'ticker done'


async def main():
    other = asyncio.create_task(ticker(1000))
    print(await chain(10000, 2000))
    print(await other)


asyncio.run(main())
