# asyncio_diffgen seed 17: tools/asyncio_diffgen.py print --seed 17
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
    print(tag, '#1 time', now())
    t1 = track(asyncio.create_task(w4(tag + '.1')))
    print(tag, '#2 create t1', t1.get_name())
    r = await asyncio.wait_for(asyncio.shield(t1), timeout=0.5)
    print(tag, '#3 wait_for', repr(r))
    try:
        r = await w1(tag + '.2', t1)
        print(tag, '#4 w1', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#4 w1', type(e).__name__, e.args)
    print(tag, 'end')


async def w1(tag, peer):
    print(tag, 'start')
    t1 = track(asyncio.create_task(w3(tag + '.1'), name=tag + '/t1'))
    print(tag, '#5 create t1', t1.get_name())
    print(tag, '#6 cancel t1', t1.get_name(), t1.cancel())
    print(tag, '#7 cancel peer', peer.get_name(), peer.cancel())
    try:
        r = await w2(tag + '.2', t1)
        print(tag, '#8 w2', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#8 w2', type(e).__name__, e.args)
    try:
        print(tag, '#9 try')
        done, pending = await asyncio.wait([t1], return_when=asyncio.ALL_COMPLETED)
        print(tag, '#10 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        t2 = track(asyncio.create_task(w3(tag + '.3')))
        print(tag, '#11 create t2', t2.get_name())
    except asyncio.CancelledError as e:
        print(tag, '#9 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    finally:
        print(tag, '#9 try', 'finally')
        await asyncio.sleep(0.1)
        print(tag, '#9 try', 'finally slept')
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#12 try')
        try:
            print(tag, '#13 try')
            await asyncio.sleep(0)
            print(tag, '#14 sleep 0')
            await asyncio.sleep(1)
            print(tag, '#15 sleep 1')
        except asyncio.CancelledError as e:
            print(tag, '#13 try', 'caught CancelledError', e.args)
        except ValueError as e:
            print(tag, '#13 try', 'caught ValueError', e.args)
            raise
    except asyncio.CancelledError as e:
        print(tag, '#12 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#12 try', 'caught ValueError', e.args)
        raise
    finally:
        print(tag, '#12 try', 'finally')
    print(tag, 'end')
    return 7


async def w3(tag):
    print(tag, 'start')
    await asyncio.sleep(1)
    print(tag, '#16 sleep 1', now())
    print(tag, '#17 time', now())
    try:
        print(tag, '#18 try')
        try:
            r = await w4(tag + '.1')
            print(tag, '#19 w4', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#19 w4', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#18 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    await asyncio.sleep(0.5)
    print(tag, '#20 sleep 0.5')
    print(tag, 'end')


async def w4(tag):
    print(tag, 'start')
    await asyncio.sleep(2)
    print(tag, '#21 sleep 2')
    await asyncio.sleep(0)
    print(tag, '#22 sleep 0')
    await asyncio.sleep(2)
    print(tag, '#23 sleep 2')
    print(tag, 'end')


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w3(tag + '.1'), name=tag + '/t1'))
    print(tag, '#24 create t1', t1.get_name())
    print(tag, '#25 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    try:
        r = await t1
        print(tag, '#26 await t1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#26 await t1', type(e).__name__, e.args)
    try:
        r = await t1
        print(tag, '#27 await t1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#27 await t1', type(e).__name__, e.args)
    try:
        r = await w4(tag + '.2')
        print(tag, '#28 w4', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#28 w4', type(e).__name__, e.args)
    await settle()
    report()
    for t in TASKS:
        if not t.cancelled() and t.exception() is not None:
            await t
    print(tag, 'end')


asyncio.run(main())
