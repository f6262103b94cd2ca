# asyncio_diffgen seed 29: tools/asyncio_diffgen.py print --seed 29
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
    try:
        r = await asyncio.shield(asyncio.sleep(0.5, 'slept'))
        print(tag, '#1 shield', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#1 shield', type(e).__name__, e.args)
    r = await asyncio.gather(asyncio.shield(asyncio.sleep(0, 'slept')), asyncio.gather(asyncio.sleep(0.1, 'slept'), asyncio.sleep(1, 'slept')), return_exceptions=True)
    print(tag, '#2 gather', repr(r))
    print(tag, 'end')


async def w1(tag, peer):
    print(tag, 'start')
    await asyncio.sleep(0.1)
    print(tag, '#3 sleep 0.1')
    await asyncio.sleep(0)
    print(tag, '#4 sleep 0', now())
    try:
        r = await peer
        print(tag, '#5 await peer', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#5 await peer', type(e).__name__, e.args)
    print(tag, 'end')


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        print(tag, '#6 try')
        t1 = track(asyncio.create_task(w0(tag + '.1'), name=tag + '/t1'))
        print(tag, '#7 create t1', t1.get_name())
        try:
            r = await asyncio.shield(t1)
            print(tag, '#8 shield', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#8 shield', type(e).__name__, e.args)
        print(tag, '#9 cancel t1', t1.get_name(), t1.cancel('stop t1'))
        try:
            r = await w0(tag + '.2')
            print(tag, '#10 w0', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#10 w0', type(e).__name__, e.args)
    finally:
        print(tag, '#6 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#6 try', 'finally slept')
    try:
        print(tag, '#11 try')
        await asyncio.sleep(2)
        print(tag, '#12 sleep 2')
        await asyncio.sleep(0)
        print(tag, '#13 sleep 0')
    finally:
        print(tag, '#11 try', 'finally')
        await asyncio.sleep(0.1)
        print(tag, '#11 try', 'finally slept')
    try:
        r = await asyncio.sleep(2, 'slept')
        print(tag, '#14 sleep', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#14 sleep', type(e).__name__, e.args)
    t2 = track(asyncio.create_task(w0(tag + '.3'), name=tag + '/t2'))
    print(tag, '#15 create t2', t2.get_name())
    t3 = track(asyncio.create_task(w0(tag + '.4')))
    print(tag, '#16 create t3', t3.get_name())
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
