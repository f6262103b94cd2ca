# call_soon(context=) runs the callback in that context; without it, in a copy taken at call_soon
import asyncio
import contextvars

user = contextvars.ContextVar('user', default='anonymous')


def show(label):
    print(label, user.get())
    user.set('changed by ' + label)


async def main():
    loop = asyncio.get_running_loop()
    private = contextvars.Context()
    user.set('alice')
    loop.call_soon(show, 'implicit copy:')
    loop.call_soon(show, 'explicit context:', context=private)
    loop.call_soon(show, 'explicit again:', context=private)
    user.set('bob')
    await asyncio.sleep(0)
    print('main sees', user.get())


asyncio.run(main())
