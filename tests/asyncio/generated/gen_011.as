# asyncio_diffgen seed 12: tools/asyncio_diffgen.py print --seed 12
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
    t1 = track(asyncio.create_task(w2(tag + '.1')))
    print(tag, '#1 create t1', t1.get_name())
    try:
        print(tag, '#2 try')
        t2 = track(asyncio.create_task(w2(tag + '.2')))
        print(tag, '#3 create t2', t2.get_name())
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#2 try', 'caught CancelledError', e.args)
        raise
    finally:
        print(tag, '#2 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#2 try', 'finally slept')
    t3 = track(asyncio.create_task(w2(tag + '.3'), name=tag + '/t3'))
    print(tag, '#4 create t3', t3.get_name())
    done, pending = await asyncio.wait([t1, t3], return_when=asyncio.FIRST_COMPLETED)
    print(tag, '#5 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    print(tag, 'end')


async def w1(tag):
    print(tag, 'start')
    t1 = track(asyncio.create_task(w2(tag + '.1'), name=tag + '/t1'))
    print(tag, '#6 create t1', t1.get_name())
    for _ in range(3):
        await asyncio.sleep(0)
    print(tag, '#7 cancel t1', t1.get_name(), t1.cancel())
    try:
        r = await asyncio.sleep(0.5, 'slept')
        print(tag, '#8 sleep', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#8 sleep', type(e).__name__, e.args)
    print(tag, '#9 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    t2 = track(asyncio.create_task(w4(tag + '.2', t1), name=tag + '/t2'))
    print(tag, '#10 create t2', t2.get_name())
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag):
    print(tag, 'start')
    try:
        r = await asyncio.sleep(1, 'slept')
        print(tag, '#11 sleep', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#11 sleep', type(e).__name__, e.args)
    try:
        r = await asyncio.shield(asyncio.sleep(2, 'slept'))
        print(tag, '#12 shield', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#12 shield', type(e).__name__, e.args)
    print(tag, 'end')
    return 34


async def w3(tag):
    print(tag, 'start')
    await asyncio.sleep(0.5)
    print(tag, '#13 sleep 0.5')
    await asyncio.sleep(0.5)
    print(tag, '#14 sleep 0.5')
    print(tag, 'end')
    return tag + ' ok'


async def w4(tag, peer):
    print(tag, 'start')
    await asyncio.sleep(0)
    print(tag, '#15 sleep 0')
    try:
        r = await asyncio.gather(asyncio.shield(peer), asyncio.shield(asyncio.sleep(0.5, 'slept')), return_exceptions=True)
        print(tag, '#16 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#16 gather', type(e).__name__, e.args)
    r = await peer
    print(tag, '#17 await peer', repr(r))
    raise ValueError(tag + ' failed')


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w3(tag + '.1')))
    print(tag, '#18 create t1', t1.get_name())
    try:
        r = await asyncio.gather(asyncio.gather(t1, return_exceptions=True), asyncio.gather(w3(tag + '.2'), w1(tag + '.3'), w4(tag + '.4', t1), return_exceptions=True), return_exceptions=True)
        print(tag, '#19 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#19 gather', type(e).__name__, e.args)
    await asyncio.sleep(1)
    print(tag, '#20 sleep 1')
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
