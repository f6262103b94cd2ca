# an exception raised by a done callback is reported and the other callbacks still run
import asyncio


def bad_callback(fut):
    raise RuntimeError('done callback failed')


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(bad_callback)
    fut.add_done_callback(lambda f: print('good callback ran'))
    fut.set_result(None)
    await asyncio.sleep(0)
    print('main finished')


asyncio.run(main())
