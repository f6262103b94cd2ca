# asyncio_diffgen seed 32: tools/asyncio_diffgen.py print --seed 32
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


async def w0(tag, peer):
    print(tag, 'start')
    try:
        r = await asyncio.gather(peer, w1(tag + '.1'))
        print(tag, '#1 gather', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#1 gather', type(e).__name__, e.args)
    try:
        r = await peer
        print(tag, '#2 await peer', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#2 await peer', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    try:
        print(tag, '#3 try')
        await asyncio.sleep(0.1)
        print(tag, '#4 sleep 0.1', now())
        r = await asyncio.sleep(2, 'slept')
        print(tag, '#5 sleep', repr(r))
        try:
            r = await asyncio.sleep(0, 'slept')
            print(tag, '#6 sleep', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#6 sleep', type(e).__name__, e.args)
        await asyncio.sleep(0)
        print(tag, '#7 sleep 0')
    except asyncio.CancelledError as e:
        print(tag, '#3 try', 'caught CancelledError', e.args)
        raise
    else:
        print(tag, '#3 try', 'else')
    finally:
        print(tag, '#3 try', 'finally')
        await asyncio.sleep(0.5)
        print(tag, '#3 try', 'finally slept')
    await asyncio.sleep(0.5)
    print(tag, '#8 sleep 0.5', now())
    raise ValueError(tag + ' failed')


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        r = await asyncio.gather(asyncio.gather(w1(tag + '.1')), return_exceptions=True)
        print(tag, '#9 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#9 gather', type(e).__name__, e.args)
    await asyncio.sleep(1)
    print(tag, '#10 sleep 1', now())
    await asyncio.sleep(1)
    print(tag, '#11 sleep 1')
    try:
        print(tag, '#12 try')
        t1 = track(asyncio.create_task(w1(tag + '.2'), name=tag + '/t1'))
        print(tag, '#13 create t1', t1.get_name())
        try:
            r = await asyncio.gather(asyncio.gather(t1, w0(tag + '.3', t1), w1(tag + '.4'), return_exceptions=True))
            print(tag, '#14 gather', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#14 gather', type(e).__name__, e.args)
        t2 = track(asyncio.create_task(w0(tag + '.5', t1)))
        print(tag, '#15 create t2', t2.get_name())
        try:
            r = await asyncio.wait_for(asyncio.shield(t2), timeout=0.5)
            print(tag, '#16 wait_for', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#16 wait_for', type(e).__name__, e.args)
    finally:
        print(tag, '#12 try', 'finally')
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
