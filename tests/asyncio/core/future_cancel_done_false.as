# cancel() on a finished or already cancelled future returns False and changes nothing
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result(7)
    print('cancel finished ->', done.cancel(), 'result still', done.result())
    gone = loop.create_future()
    print('first cancel ->', gone.cancel())
    print('second cancel ->', gone.cancel())
    failed = loop.create_future()
    failed.set_exception(OSError('io'))
    print('cancel failed ->', failed.cancel(), repr(failed.exception()))


asyncio.run(main())
