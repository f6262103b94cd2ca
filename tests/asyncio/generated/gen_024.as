# asyncio_diffgen seed 25: tools/asyncio_diffgen.py print --seed 25
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
        print(tag, '#1 try')
        try:
            r = await w2(tag + '.1')
            print(tag, '#2 w2', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#2 w2', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#1 try', 'caught ValueError', e.args)
    await asyncio.sleep(1)
    print(tag, '#3 sleep 1')
    try:
        r = await w2(tag + '.2')
        print(tag, '#4 w2', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#4 w2', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    try:
        r = await asyncio.wait_for(asyncio.gather(w2(tag + '.1'), w2(tag + '.2'), w3(tag + '.3')), timeout=2.5)
        print(tag, '#5 wait_for', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#5 wait_for', type(e).__name__, e.args)
    await asyncio.sleep(1)
    print(tag, '#6 sleep 1')
    await asyncio.sleep(0)
    print(tag, '#7 sleep 0', now())
    print(tag, 'end')


async def w2(tag):
    print(tag, 'start')
    t1 = track(asyncio.create_task(w4(tag + '.1')))
    print(tag, '#8 create t1', t1.get_name())
    print(tag, '#9 cancel t1', t1.get_name(), t1.cancel())
    try:
        print(tag, '#10 try')
        r = await t1
        print(tag, '#11 await t1', repr(r))
        raise ValueError(tag + ' gave up')
    except ValueError as e:
        print(tag, '#10 try', 'caught ValueError', e.args)
        raise
    else:
        print(tag, '#10 try', 'else')
    print(tag, '#12 cancel t1', t1.get_name(), t1.cancel())
    t2 = track(asyncio.create_task(w4(tag + '.2')))
    print(tag, '#13 create t2', t2.get_name())
    print(tag, '#14 cancel t2', t2.get_name(), t2.cancel())
    print(tag, 'end')
    return 49


async def w3(tag):
    print(tag, 'start')
    try:
        print(tag, '#15 try')
        try:
            r = await asyncio.wait_for(w4(tag + '.1'), timeout=0.3)
            print(tag, '#16 wait_for', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#16 wait_for', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#15 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#15 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#15 try', 'finally')
    try:
        r = await w4(tag + '.2')
        print(tag, '#17 w4', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#17 w4', type(e).__name__, e.args)
    r = await asyncio.sleep(2, 'slept')
    print(tag, '#18 sleep', repr(r))
    await asyncio.sleep(0)
    print(tag, '#19 sleep 0', now())
    print(tag, 'end')
    return 99


async def w4(tag):
    print(tag, 'start')
    await asyncio.sleep(0.1)
    print(tag, '#20 sleep 0.1')
    raise ValueError(tag + ' failed')


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w2(tag + '.1'), name=tag + '/t1'))
    print(tag, '#21 create t1', t1.get_name())
    for _ in range(2):
        await asyncio.sleep(0)
    print(tag, '#22 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    try:
        r = await asyncio.sleep(0.1, 'slept')
        print(tag, '#23 sleep', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#23 sleep', type(e).__name__, e.args)
    await asyncio.sleep(1)
    print(tag, '#24 sleep 1')
    try:
        r = await w0(tag + '.2')
        print(tag, '#25 w0', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#25 w0', type(e).__name__, e.args)
    t2 = track(asyncio.create_task(w3(tag + '.3')))
    print(tag, '#26 create t2', t2.get_name())
    try:
        r = await t2
        print(tag, '#27 await t2', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#27 await t2', type(e).__name__, e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
