# cancel() of a finished or already cancelled task returns False and changes nothing
import asyncio


async def quick():
    return 'quick'


async def slow():
    await asyncio.sleep(5)


async def main():
    done = asyncio.create_task(quick())
    gone = asyncio.create_task(slow())
    await asyncio.sleep(0)
    gone.cancel()
    await asyncio.sleep(0)
    print('cancel finished ->', done.cancel(), 'result', done.result(), 'cancelling', done.cancelling())
    print('cancel cancelled ->', gone.cancel(), 'cancelling', gone.cancelling())


asyncio.run(main())
