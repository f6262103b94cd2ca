# wait()'s argument errors and their messages.
import asyncio


async def job():
    return 1


async def main():
    t = asyncio.create_task(job())
    for bad in (t, asyncio.get_running_loop().create_future()):
        try:
            await asyncio.wait(bad)
        except TypeError as e:
            print('TypeError:', e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.wait([t], return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.wait(set(), return_when=None)
    except ValueError as e:
        print('ValueError:', e)
    await t


asyncio.run(main())
