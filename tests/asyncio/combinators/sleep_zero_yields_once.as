# sleep(0) (and a negative delay) yields to the loop exactly once; a real
# delay returns `result` when the timer fires.
import asyncio


async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker(6))
    await asyncio.sleep(0)
    print('after sleep(0)')
    r = await asyncio.sleep(-1, 'neg')
    print('after sleep(-1):', r)
    r = await asyncio.sleep(0, result='zero')
    print('after sleep(0, result=):', r)
    r = await asyncio.sleep(0.25, ['later'])
    print('after sleep(0.25):', r, loop.time())
    await t


asyncio.run(main())
