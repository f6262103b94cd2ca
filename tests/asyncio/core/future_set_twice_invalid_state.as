# setting an outcome on a finished future raises InvalidStateError("invalid state") and keeps the result
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result('first')
    try:
        fut.set_result('second')
    except asyncio.InvalidStateError as e:
        print('set_result again:', e)
    try:
        fut.set_exception(ValueError('late'))
    except asyncio.InvalidStateError as e:
        print('set_exception after result:', e)
    print('result kept:', fut.result())


asyncio.run(main())
