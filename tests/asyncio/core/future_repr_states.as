# repr of a Future: pending, pending with callbacks, finished with result or exception, cancelled
import asyncio


def watcher(fut):
    pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    fut.add_done_callback(watcher)
    print(repr(fut))
    fut.set_result('done')
    print(repr(fut))
    bad = loop.create_future()
    bad.set_exception(RuntimeError('boom'))
    print(repr(bad))
    bad.exception()
    gone = loop.create_future()
    gone.cancel()
    print(repr(gone))


asyncio.run(main())
