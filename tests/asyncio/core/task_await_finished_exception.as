# awaiting a task that failed raises its exception again on every await
import asyncio


async def broken():
    raise ValueError('broken task')


async def main():
    task = asyncio.create_task(broken())
    await asyncio.sleep(0)
    for attempt in (1, 2):
        try:
            await task
        except ValueError as e:
            print('attempt', attempt, 'raised', repr(e))


asyncio.run(main())
