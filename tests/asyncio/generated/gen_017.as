# asyncio_diffgen seed 18: tools/asyncio_diffgen.py print --seed 18
import asyncio

TASKS = []


def track(task):
    TASKS.append(task)
    return task


def now():
    return asyncio.get_running_loop().time()


async def settle():
    # Wait until no other task is left, including those that gather() and
    # shield() made behind the scenes.
    me = asyncio.current_task()
    while True:
        rest = [t for t in asyncio.all_tasks() if t is not me]
        if not rest:
            return
        await asyncio.wait(rest)


def report():
    for t in TASKS:
        if t.cancelled():
            print(t.get_name(), t.done(), 'cancelled')
        elif t.exception() is not None:
            e = t.exception()
            print(t.get_name(), t.done(), 'raised', type(e).__name__, e.args)
        else:
            print(t.get_name(), t.done(), 'returned', repr(t.result()))


async def w0(tag):
    print(tag, 'start')
    await asyncio.sleep(0)
    print(tag, '#1 sleep 0')
    await asyncio.sleep(0)
    print(tag, '#2 sleep 0')
    await asyncio.sleep(2)
    print(tag, '#3 sleep 2')
    try:
        r = await asyncio.gather(asyncio.sleep(0, 'slept'), asyncio.gather(asyncio.sleep(0.5, 'slept'), return_exceptions=True), asyncio.shield(asyncio.sleep(0.5, 'slept')))
        print(tag, '#4 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#4 gather', type(e).__name__, e.args)
    print(tag, 'end')
    return 79


async def w1(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#5 try')
        try:
            r = await w2(tag + '.1', peer)
            print(tag, '#6 w2', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#6 w2', type(e).__name__, e.args)
        try:
            r = await w2(tag + '.2', peer)
            print(tag, '#7 w2', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#7 w2', type(e).__name__, e.args)
        print(tag, '#8 time', now())
    except ValueError as e:
        print(tag, '#5 try', 'caught ValueError', e.args)
    else:
        print(tag, '#5 try', 'else')
    finally:
        print(tag, '#5 try', 'finally')
    try:
        print(tag, '#9 try')
        await asyncio.sleep(0.5)
        print(tag, '#10 sleep 0.5')
        await asyncio.sleep(1)
        print(tag, '#11 sleep 1')
        await asyncio.sleep(2)
        print(tag, '#12 sleep 2', now())
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#9 try', 'caught CancelledError', e.args)
    print(tag, 'end')


async def w2(tag, peer):
    print(tag, 'start')
    await asyncio.sleep(0.5)
    print(tag, '#13 sleep 0.5')
    await asyncio.sleep(0.1)
    print(tag, '#14 sleep 0.1')
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        r = await asyncio.gather(asyncio.gather(asyncio.sleep(0, 'slept'), w0(tag + '.1'), return_exceptions=True))
        print(tag, '#15 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#15 gather', type(e).__name__, e.args)
    print(tag, '#16 time', now())
    try:
        r = await asyncio.sleep(1, 'slept')
        print(tag, '#17 sleep', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#17 sleep', type(e).__name__, e.args)
    t1 = track(asyncio.create_task(w0(tag + '.2')))
    print(tag, '#18 create t1', t1.get_name())
    done, pending = await asyncio.wait([t1], return_when=asyncio.FIRST_EXCEPTION)
    print(tag, '#19 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
