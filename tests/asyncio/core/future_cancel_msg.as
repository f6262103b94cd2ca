# Future.cancel(msg): result(), exception() and await raise CancelledError carrying msg
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    print('cancel ->', fut.cancel('stop please'))
    print('cancelled', fut.cancelled(), 'done', fut.done())
    for name, call in (('result', fut.result), ('exception', fut.exception)):
        try:
            call()
        except asyncio.CancelledError as e:
            print(name, 'raised CancelledError', e.args)
    try:
        await fut
    except asyncio.CancelledError as e:
        print('await raised CancelledError', e.args)


asyncio.run(main())
