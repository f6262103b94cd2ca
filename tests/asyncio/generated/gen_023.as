# asyncio_diffgen seed 24: tools/asyncio_diffgen.py print --seed 24
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
        await asyncio.sleep(1)
        print(tag, '#2 sleep 1')
        t1 = track(asyncio.create_task(w4(tag + '.1'), name=tag + '/t1'))
        print(tag, '#3 create t1', t1.get_name())
        for _ in range(2):
            await asyncio.sleep(0)
        print(tag, '#4 cancel t1', t1.get_name(), t1.cancel('stop t1'))
        t2 = track(asyncio.create_task(w1(tag + '.2'), name=tag + '/t2'))
        print(tag, '#5 create t2', t2.get_name())
        print(tag, '#6 cancel t2', t2.get_name(), t2.cancel('stop t2'))
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#1 try', 'caught ValueError', e.args)
    try:
        r = await asyncio.wait_for(asyncio.shield(asyncio.sleep(0.5, 'slept')), timeout=1.5)
        print(tag, '#7 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#7 wait_for', type(e).__name__, e.args)
    raise ValueError(tag + ' failed')


async def w1(tag):
    print(tag, 'start')
    try:
        print(tag, '#8 try')
        t1 = track(asyncio.create_task(w3(tag + '.1')))
        print(tag, '#9 create t1', t1.get_name())
        done, pending = await asyncio.wait([t1], return_when=asyncio.FIRST_EXCEPTION, timeout=1)
        print(tag, '#10 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    except asyncio.CancelledError as e:
        print(tag, '#8 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#8 try', 'caught ValueError', e.args)
    else:
        print(tag, '#8 try', 'else')
    finally:
        print(tag, '#8 try', 'finally')
    try:
        r = await asyncio.sleep(0, 'slept')
        print(tag, '#11 sleep', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#11 sleep', type(e).__name__, e.args)
    try:
        print(tag, '#12 try')
        await asyncio.sleep(0.1)
        print(tag, '#13 sleep 0.1', now())
        try:
            r = await asyncio.gather(w4(tag + '.2'))
            print(tag, '#14 gather', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#14 gather', type(e).__name__, e.args)
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#12 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#12 try', 'caught ValueError', e.args)
        raise
    finally:
        print(tag, '#12 try', 'finally')
    t2 = track(asyncio.create_task(w4(tag + '.3')))
    print(tag, '#15 create t2', t2.get_name())
    print(tag, '#16 cancel t2', t2.get_name(), t2.cancel())
    try:
        print(tag, '#17 try')
        await asyncio.sleep(0.5)
        print(tag, '#18 sleep 0.5', now())
        try:
            print(tag, '#19 try')
            await asyncio.sleep(2)
            print(tag, '#20 sleep 2')
        except asyncio.CancelledError as e:
            print(tag, '#19 try', 'caught CancelledError', e.args)
        finally:
            print(tag, '#19 try', 'finally')
        t3 = track(asyncio.create_task(w4(tag + '.4')))
        print(tag, '#21 create t3', t3.get_name())
    except asyncio.CancelledError as e:
        print(tag, '#17 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    finally:
        print(tag, '#17 try', 'finally')
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag, peer):
    print(tag, 'start')
    try:
        r = await asyncio.gather(asyncio.sleep(0.1, 'slept'), asyncio.gather(w4(tag + '.1'), peer), return_exceptions=True)
        print(tag, '#22 gather', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#22 gather', type(e).__name__, e.args)
    try:
        r = await asyncio.gather(asyncio.sleep(0.1, 'slept'))
        print(tag, '#23 gather', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#23 gather', type(e).__name__, e.args)
    print(tag, 'end')
    return 53


async def w3(tag):
    print(tag, 'start')
    try:
        print(tag, '#24 try')
        t1 = track(asyncio.create_task(w4(tag + '.1')))
        print(tag, '#25 create t1', t1.get_name())
        for _ in range(1):
            await asyncio.sleep(0)
        print(tag, '#26 cancel t1', t1.get_name(), t1.cancel('stop t1'))
        print(tag, '#27 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    except asyncio.CancelledError as e:
        print(tag, '#24 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#24 try', 'caught ValueError', e.args)
    else:
        print(tag, '#24 try', 'else')
    finally:
        print(tag, '#24 try', 'finally')
        await asyncio.sleep(0.1)
        print(tag, '#24 try', 'finally slept')
    t2 = track(asyncio.create_task(w4(tag + '.2')))
    print(tag, '#28 create t2', t2.get_name())
    t3 = track(asyncio.create_task(w4(tag + '.3')))
    print(tag, '#29 create t3', t3.get_name())
    print(tag, 'end')
    return tag + ' ok'


async def w4(tag):
    print(tag, 'start')
    try:
        print(tag, '#30 try')
        await asyncio.sleep(0)
        print(tag, '#31 sleep 0')
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#30 try', 'caught CancelledError', e.args)
    else:
        print(tag, '#30 try', 'else')
    finally:
        print(tag, '#30 try', 'finally')
    await asyncio.sleep(0)
    print(tag, '#32 sleep 0')
    print(tag, 'end')
    return 57


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        print(tag, '#33 try')
        try:
            r = await w1(tag + '.1')
            print(tag, '#34 w1', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#34 w1', type(e).__name__, e.args)
    except ValueError as e:
        print(tag, '#33 try', 'caught ValueError', e.args)
    t1 = track(asyncio.create_task(w3(tag + '.2'), name=tag + '/t1'))
    print(tag, '#35 create t1', t1.get_name())
    for _ in range(2):
        await asyncio.sleep(0)
    print(tag, '#36 cancel t1', t1.get_name(), t1.cancel())
    for _ in range(2):
        await asyncio.sleep(0)
    print(tag, '#37 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
