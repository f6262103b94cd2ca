# add_done_callback(context=) runs the callback in the given context; default is a copy at registration
import asyncio
import contextvars

who = contextvars.ContextVar('who', default='nobody')


def show(label):
    return lambda fut: print(label, who.get())


async def main():
    loop = asyncio.get_running_loop()
    other = contextvars.Context()
    other.run(who.set, 'other context')
    fut = loop.create_future()
    who.set('at registration')
    fut.add_done_callback(show('default context:'))
    fut.add_done_callback(show('explicit context:'), context=other)
    who.set('changed later')
    fut.set_result(None)
    await asyncio.sleep(0)


asyncio.run(main())
