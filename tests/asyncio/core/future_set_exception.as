# Future.set_exception: exception() returns it, result() and await raise it
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    err = KeyError('missing')
    fut.set_exception(err)
    print('done', fut.done(), 'cancelled', fut.cancelled())
    print('exception is err', fut.exception() is err)
    try:
        fut.result()
    except KeyError as e:
        print('result() raised', repr(e), e is err)
    try:
        await fut
    except KeyError as e:
        print('await raised', repr(e), e is err)


asyncio.run(main())
