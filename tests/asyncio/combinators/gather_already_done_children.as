# gather() with no arguments, or over futures that are all done, is done
# at once, and awaiting it does not yield to the loop; a mix waits for
# the rest.
import asyncio


async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker(4))
    empty = asyncio.gather()
    print(type(empty).__name__, empty.done(), await empty)
    a = loop.create_future()
    a.set_result('a')
    b = loop.create_future()
    b.set_exception(ZeroDivisionError('b'))
    g = asyncio.gather(a, b, return_exceptions=True)
    print('done immediately?', g.done())
    print(await g)
    print('no yield happened')
    c = loop.create_future()
    loop.call_soon(c.set_result, 'c')
    print(await asyncio.gather(a, c))
    await t


asyncio.run(main())
