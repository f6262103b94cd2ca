# A child that is cancelled (by itself or from outside) is not an error:
# the other tasks and the body go on.
import asyncio


async def victim():
    await asyncio.sleep(10)


async def self_cancelling():
    await asyncio.sleep(0.1)
    raise asyncio.CancelledError()


async def job():
    await asyncio.sleep(1)
    return 'job result'


async def main():
    async with asyncio.TaskGroup() as tg:
        v = tg.create_task(victim())
        s = tg.create_task(self_cancelling())
        j = tg.create_task(job())
        await asyncio.sleep(0.5)
        v.cancel()
        print('body still running')
    print(v.cancelled(), s.cancelled(), j.result())


asyncio.run(main())
