# asyncio_diffgen seed 8: tools/asyncio_diffgen.py print --seed 8
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
        t1 = track(asyncio.create_task(w2(tag + '.1')))
        print(tag, '#2 create t1', t1.get_name())
        try:
            r = await t1
            print(tag, '#3 await t1', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#3 await t1', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
    finally:
        print(tag, '#1 try', 'finally')
    await asyncio.sleep(1)
    print(tag, '#4 sleep 1', now())
    t2 = track(asyncio.create_task(w1(tag + '.2'), name=tag + '/t2'))
    print(tag, '#5 create t2', t2.get_name())
    print(tag, '#6 cancel t2', t2.get_name(), t2.cancel('stop t2'))
    await asyncio.sleep(0.1)
    print(tag, '#7 sleep 0.1')
    print(tag, 'end')


async def w1(tag):
    print(tag, 'start')
    try:
        r = await asyncio.wait_for(w2(tag + '.1'), timeout=0.3)
        print(tag, '#8 wait_for', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#8 wait_for', type(e).__name__, e.args)
    t1 = track(asyncio.create_task(w2(tag + '.2')))
    print(tag, '#9 create t1', t1.get_name())
    r = await asyncio.shield(t1)
    print(tag, '#10 shield', repr(r))
    r = await asyncio.wait_for(t1, timeout=0)
    print(tag, '#11 wait_for', repr(r))
    try:
        r = await t1
        print(tag, '#12 await t1', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#12 await t1', type(e).__name__, e.args)
    raise ValueError(tag + ' failed')


async def w2(tag):
    print(tag, 'start')
    await asyncio.sleep(0)
    print(tag, '#13 sleep 0', now())
    print(tag, '#14 time', now())
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w1(tag + '.1'), name=tag + '/t1'))
    print(tag, '#15 create t1', t1.get_name())
    try:
        print(tag, '#16 try')
        t2 = track(asyncio.create_task(w0(tag + '.2')))
        print(tag, '#17 create t2', t2.get_name())
    except ValueError as e:
        print(tag, '#16 try', 'caught ValueError', e.args)
    try:
        r = await asyncio.wait_for(t1, timeout=1)
        print(tag, '#18 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#18 wait_for', type(e).__name__, e.args)
    try:
        r = await t1
        print(tag, '#19 await t1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#19 await t1', type(e).__name__, e.args)
    await asyncio.sleep(2)
    print(tag, '#20 sleep 2', now())
    try:
        r = await w2(tag + '.3')
        print(tag, '#21 w2', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#21 w2', type(e).__name__, e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
