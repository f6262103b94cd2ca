# asyncio_diffgen seed 23: tools/asyncio_diffgen.py print --seed 23
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
    t1 = track(asyncio.create_task(w3(tag + '.1')))
    print(tag, '#1 create t1', t1.get_name())
    try:
        r = await asyncio.shield(t1)
        print(tag, '#2 shield', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#2 shield', type(e).__name__, e.args)
    await asyncio.sleep(0)
    print(tag, '#3 sleep 0')
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    try:
        print(tag, '#4 try')
        await asyncio.sleep(2)
        print(tag, '#5 sleep 2')
        await asyncio.sleep(1)
        print(tag, '#6 sleep 1')
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#4 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#4 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#4 try', 'finally')
    r = await w3(tag + '.1')
    print(tag, '#7 w3', repr(r))
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag):
    print(tag, 'start')
    try:
        print(tag, '#8 try')
        t1 = track(asyncio.create_task(w3(tag + '.1')))
        print(tag, '#9 create t1', t1.get_name())
    except asyncio.CancelledError as e:
        print(tag, '#8 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#8 try', 'caught ValueError', e.args)
    else:
        print(tag, '#8 try', 'else')
    await asyncio.sleep(0.1)
    print(tag, '#10 sleep 0.1')
    t2 = track(asyncio.create_task(w3(tag + '.2'), name=tag + '/t2'))
    print(tag, '#11 create t2', t2.get_name())
    try:
        print(tag, '#12 try')
        await asyncio.sleep(0.5)
        print(tag, '#13 sleep 0.5', now())
        t3 = track(asyncio.create_task(w3(tag + '.3'), name=tag + '/t3'))
        print(tag, '#14 create t3', t3.get_name())
        for _ in range(1):
            await asyncio.sleep(0)
        print(tag, '#15 cancel t3', t3.get_name(), t3.cancel())
    except asyncio.CancelledError as e:
        print(tag, '#12 try', 'caught CancelledError', e.args)
        raise
    finally:
        print(tag, '#12 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#12 try', 'finally slept')
    t4 = track(asyncio.create_task(w3(tag + '.4')))
    print(tag, '#16 create t4', t4.get_name())
    print(tag, '#17 cancel t4', t4.get_name(), t4.cancel())
    print(tag, 'end')


async def w3(tag):
    print(tag, 'start')
    try:
        print(tag, '#18 try')
        await asyncio.sleep(0.1)
        print(tag, '#19 sleep 0.1')
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#18 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#18 try', 'caught ValueError', e.args)
        raise
    else:
        print(tag, '#18 try', 'else')
    finally:
        print(tag, '#18 try', 'finally')
    await asyncio.sleep(2)
    print(tag, '#20 sleep 2')
    try:
        r = await asyncio.sleep(0, 'slept')
        print(tag, '#21 sleep', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#21 sleep', type(e).__name__, e.args)
    await asyncio.sleep(2)
    print(tag, '#22 sleep 2')
    await asyncio.sleep(0.1)
    print(tag, '#23 sleep 0.1')
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        print(tag, '#24 try')
        await asyncio.sleep(2)
        print(tag, '#25 sleep 2')
        t1 = track(asyncio.create_task(w2(tag + '.1')))
        print(tag, '#26 create t1', t1.get_name())
        done, pending = await asyncio.wait([t1], return_when=asyncio.ALL_COMPLETED, timeout=2.5)
        print(tag, '#27 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        try:
            r = await w0(tag + '.2')
            print(tag, '#28 w0', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#28 w0', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#24 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#24 try', 'caught ValueError', e.args)
    t2 = track(asyncio.create_task(w1(tag + '.3')))
    print(tag, '#29 create t2', t2.get_name())
    for _ in range(1):
        await asyncio.sleep(0)
    print(tag, '#30 cancel t2', t2.get_name(), t2.cancel('stop t2'), t2.cancel())
    try:
        print(tag, '#31 try')
        t3 = track(asyncio.create_task(w2(tag + '.4')))
        print(tag, '#32 create t3', t3.get_name())
        done, pending = await asyncio.wait([t3], return_when=asyncio.FIRST_COMPLETED)
        print(tag, '#33 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    except ValueError as e:
        print(tag, '#31 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#31 try', 'finally')
    t4 = track(asyncio.create_task(w2(tag + '.5')))
    print(tag, '#34 create t4', t4.get_name())
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
