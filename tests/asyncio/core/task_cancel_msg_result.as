# after Task.cancel(msg) the finished task's result() raises CancelledError with msg
import asyncio


async def sleeper():
    await asyncio.sleep(3)


async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    task.cancel('timeout of the user')
    await asyncio.sleep(0)
    print('cancelled', task.cancelled())
    try:
        task.result()
    except asyncio.CancelledError as e:
        print('result() raised', e.args)


asyncio.run(main())
