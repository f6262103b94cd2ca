# set_exception_handler receives the loop and a context with message, exception and handle
import asyncio


def handler(loop, context):
    print('handler:', context['message'])
    print('exception:', repr(context['exception']))
    print('keys:', sorted(context))


def broken():
    raise KeyError('k')


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(broken)
    await asyncio.sleep(0)
    print('handler is set', loop.get_exception_handler() is handler)


asyncio.run(main())
