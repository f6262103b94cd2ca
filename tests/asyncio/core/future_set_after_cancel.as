# set_result on a cancelled future raises InvalidStateError and the future stays cancelled
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    print('cancel() ->', fut.cancel())
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print('set_result:', e)
    print('cancelled', fut.cancelled())


asyncio.run(main())
