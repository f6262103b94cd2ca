# asyncio_diffgen seed 21: tools/asyncio_diffgen.py print --seed 21
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
        await asyncio.sleep(0.1)
        print(tag, '#2 sleep 0.1', now())
        try:
            print(tag, '#3 try')
            try:
                r = await w1(tag + '.1')
                print(tag, '#4 w1', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#4 w1', type(e).__name__, e.args)
        except asyncio.CancelledError as e:
            print(tag, '#3 try', 'caught CancelledError', e.args)
        except ValueError as e:
            print(tag, '#3 try', 'caught ValueError', e.args)
        t1 = track(asyncio.create_task(w1(tag + '.2'), name=tag + '/t1'))
        print(tag, '#5 create t1', t1.get_name())
        try:
            print(tag, '#6 try')
            await asyncio.sleep(0.5)
            print(tag, '#7 sleep 0.5')
            done, pending = await asyncio.wait([t1], return_when=asyncio.FIRST_EXCEPTION, timeout=1.5)
            print(tag, '#8 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
            raise ValueError(tag + ' gave up')
        except asyncio.CancelledError as e:
            print(tag, '#6 try', 'caught CancelledError', e.args)
        except ValueError as e:
            print(tag, '#6 try', 'caught ValueError', e.args)
        finally:
            print(tag, '#6 try', 'finally')
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#1 try', 'caught ValueError', e.args)
        raise
    finally:
        print(tag, '#1 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#1 try', 'finally slept')
    try:
        print(tag, '#9 try')
        t2 = track(asyncio.create_task(w2(tag + '.3'), name=tag + '/t2'))
        print(tag, '#10 create t2', t2.get_name())
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#9 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#9 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#9 try', 'finally')
    try:
        r = await asyncio.gather(w2(tag + '.4'), w1(tag + '.5'), return_exceptions=True)
        print(tag, '#11 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#11 gather', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    try:
        print(tag, '#12 try')
        await asyncio.sleep(1)
        print(tag, '#13 sleep 1', now())
        print(tag, '#14 time', now())
        await asyncio.sleep(0)
        print(tag, '#15 sleep 0')
        try:
            r = await w2(tag + '.1')
            print(tag, '#16 w2', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#16 w2', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#12 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#12 try', 'caught ValueError', e.args)
        raise
    else:
        print(tag, '#12 try', 'else')
    finally:
        print(tag, '#12 try', 'finally')
    await asyncio.sleep(0.5)
    print(tag, '#17 sleep 0.5')
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag):
    print(tag, 'start')
    try:
        r = await asyncio.shield(asyncio.sleep(1, 'slept'))
        print(tag, '#18 shield', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#18 shield', type(e).__name__, e.args)
    await asyncio.sleep(0)
    print(tag, '#19 sleep 0')
    try:
        r = await asyncio.sleep(0, 'slept')
        print(tag, '#20 sleep', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#20 sleep', type(e).__name__, e.args)
    print(tag, 'end')
    return 95


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        r = await asyncio.gather(w0(tag + '.1'), return_exceptions=True)
        print(tag, '#21 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#21 gather', type(e).__name__, e.args)
    t1 = track(asyncio.create_task(w2(tag + '.2')))
    print(tag, '#22 create t1', t1.get_name())
    await asyncio.sleep(0)
    print(tag, '#23 sleep 0')
    await asyncio.sleep(1)
    print(tag, '#24 sleep 1')
    try:
        r = await asyncio.wait_for(w0(tag + '.3'), timeout=0.3)
        print(tag, '#25 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#25 wait_for', type(e).__name__, e.args)
    try:
        print(tag, '#26 try')
        t2 = track(asyncio.create_task(w1(tag + '.4')))
        print(tag, '#27 create t2', t2.get_name())
        for _ in range(4):
            await asyncio.sleep(0)
        print(tag, '#28 cancel t2', t2.get_name(), t2.cancel())
        try:
            r = await asyncio.wait_for(t2, timeout=0)
            print(tag, '#29 wait_for', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#29 wait_for', type(e).__name__, e.args)
        try:
            r = await t2
            print(tag, '#30 await t2', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#30 await t2', type(e).__name__, e.args)
    finally:
        print(tag, '#26 try', 'finally')
    try:
        r = await asyncio.shield(t1)
        print(tag, '#31 shield', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#31 shield', type(e).__name__, e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
