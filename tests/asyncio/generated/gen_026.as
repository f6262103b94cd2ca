# asyncio_diffgen seed 27: tools/asyncio_diffgen.py print --seed 27
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
    print(tag, '#1 time', now())
    print(tag, '#2 time', now())
    await asyncio.sleep(0)
    print(tag, '#3 sleep 0', now())
    print(tag, 'end')


async def w1(tag):
    print(tag, 'start')
    t1 = track(asyncio.create_task(w3(tag + '.1'), name=tag + '/t1'))
    print(tag, '#4 create t1', t1.get_name())
    try:
        r = await asyncio.shield(t1)
        print(tag, '#5 shield', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#5 shield', type(e).__name__, e.args)
    raise ValueError(tag + ' failed')


async def w2(tag):
    print(tag, 'start')
    try:
        print(tag, '#6 try')
        await asyncio.sleep(0.5)
        print(tag, '#7 sleep 0.5')
        try:
            r = await asyncio.sleep(0, 'slept')
            print(tag, '#8 sleep', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#8 sleep', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#6 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    finally:
        print(tag, '#6 try', 'finally')
        await asyncio.sleep(0.5)
        print(tag, '#6 try', 'finally slept')
    try:
        r = await w3(tag + '.1')
        print(tag, '#9 w3', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#9 w3', type(e).__name__, e.args)
    t1 = track(asyncio.create_task(w3(tag + '.2'), name=tag + '/t1'))
    print(tag, '#10 create t1', t1.get_name())
    try:
        r = await w3(tag + '.3')
        print(tag, '#11 w3', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#11 w3', type(e).__name__, e.args)
    done, pending = await asyncio.wait([t1], return_when=asyncio.ALL_COMPLETED)
    print(tag, '#12 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    raise ValueError(tag + ' failed')


async def w3(tag):
    print(tag, 'start')
    try:
        print(tag, '#13 try')
        t1 = track(asyncio.create_task(w4(tag + '.1')))
        print(tag, '#14 create t1', t1.get_name())
        print(tag, '#15 cancel t1', t1.get_name(), t1.cancel('stop t1'))
        t2 = track(asyncio.create_task(w4(tag + '.2')))
        print(tag, '#16 create t2', t2.get_name())
    except ValueError as e:
        print(tag, '#13 try', 'caught ValueError', e.args)
        raise
    finally:
        print(tag, '#13 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#13 try', 'finally slept')
    raise ValueError(tag + ' failed')


async def w4(tag):
    print(tag, 'start')
    await asyncio.sleep(0.1)
    print(tag, '#17 sleep 0.1')
    r = await asyncio.gather(asyncio.sleep(0, 'slept'), asyncio.shield(asyncio.sleep(2, 'slept')))
    print(tag, '#18 gather', repr(r))
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w4(tag + '.1')))
    print(tag, '#19 create t1', t1.get_name())
    try:
        r = await t1
        print(tag, '#20 await t1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#20 await t1', type(e).__name__, e.args)
    try:
        print(tag, '#21 try')
        await asyncio.sleep(2)
        print(tag, '#22 sleep 2')
        t2 = track(asyncio.create_task(w1(tag + '.2')))
        print(tag, '#23 create t2', t2.get_name())
        try:
            r = await asyncio.shield(asyncio.sleep(0, 'slept'))
            print(tag, '#24 shield', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#24 shield', type(e).__name__, e.args)
        await asyncio.sleep(1)
        print(tag, '#25 sleep 1')
    except asyncio.CancelledError as e:
        print(tag, '#21 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#21 try', 'caught ValueError', e.args)
    else:
        print(tag, '#21 try', 'else')
    finally:
        print(tag, '#21 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#21 try', 'finally slept')
    await asyncio.sleep(0.5)
    print(tag, '#26 sleep 0.5')
    try:
        r = await t1
        print(tag, '#27 await t1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#27 await t1', type(e).__name__, e.args)
    await settle()
    report()
    for t in TASKS:
        if not t.cancelled() and t.exception() is not None:
            await t
    print(tag, 'end')


asyncio.run(main())
