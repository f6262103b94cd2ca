# asyncio_diffgen seed 35: tools/asyncio_diffgen.py print --seed 35
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
    await asyncio.sleep(2)
    print(tag, '#1 sleep 2', now())
    await asyncio.sleep(2)
    print(tag, '#2 sleep 2', now())
    raise ValueError(tag + ' failed')


async def w1(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#3 try')
        await asyncio.sleep(1)
        print(tag, '#4 sleep 1', now())
        try:
            r = await asyncio.gather(w3(tag + '.1'))
            print(tag, '#5 gather', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#5 gather', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#3 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#3 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#3 try', 'finally')
    try:
        print(tag, '#6 try')
        await asyncio.sleep(0.5)
        print(tag, '#7 sleep 0.5')
    finally:
        print(tag, '#6 try', 'finally')
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag):
    print(tag, 'start')
    try:
        r = await asyncio.wait_for(asyncio.sleep(2, 'slept'), timeout=1)
        print(tag, '#8 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#8 wait_for', type(e).__name__, e.args)
    raise ValueError(tag + ' failed')


async def w3(tag):
    print(tag, 'start')
    await asyncio.sleep(0.1)
    print(tag, '#9 sleep 0.1')
    await asyncio.sleep(0.1)
    print(tag, '#10 sleep 0.1')
    print(tag, 'end')


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w2(tag + '.1')))
    print(tag, '#11 create t1', t1.get_name())
    print(tag, '#12 cancel t1', t1.get_name(), t1.cancel())
    t2 = track(asyncio.create_task(w3(tag + '.2')))
    print(tag, '#13 create t2', t2.get_name())
    try:
        r = await asyncio.shield(t2)
        print(tag, '#14 shield', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#14 shield', type(e).__name__, e.args)
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.ALL_COMPLETED)
    print(tag, '#15 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    t3 = track(asyncio.create_task(w3(tag + '.3')))
    print(tag, '#16 create t3', t3.get_name())
    try:
        r = await asyncio.shield(t3)
        print(tag, '#17 shield', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#17 shield', type(e).__name__, e.args)
    try:
        print(tag, '#18 try')
        await asyncio.sleep(2)
        print(tag, '#19 sleep 2')
        print(tag, '#20 time', now())
    except ValueError as e:
        print(tag, '#18 try', 'caught ValueError', e.args)
    try:
        print(tag, '#21 try')
        await asyncio.sleep(2)
        print(tag, '#22 sleep 2')
        try:
            r = await asyncio.shield(asyncio.sleep(1, 'slept'))
            print(tag, '#23 shield', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#23 shield', type(e).__name__, e.args)
        t4 = track(asyncio.create_task(w0(tag + '.4', t3)))
        print(tag, '#24 create t4', t4.get_name())
        done, pending = await asyncio.wait([t2, t4], return_when=asyncio.ALL_COMPLETED)
        print(tag, '#25 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    except asyncio.CancelledError as e:
        print(tag, '#21 try', 'caught CancelledError', e.args)
    await settle()
    report()
    for t in TASKS:
        if not t.cancelled() and t.exception() is not None:
            await t
    print(tag, 'end')


asyncio.run(main())
