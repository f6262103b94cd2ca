# asyncio_diffgen seed 9: tools/asyncio_diffgen.py print --seed 9
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
        print(tag, '#3 cancel t1', t1.get_name(), t1.cancel(), t1.cancel())
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#1 try', 'caught ValueError', e.args)
        raise
    t2 = track(asyncio.create_task(w1(tag + '.2')))
    print(tag, '#4 create t2', t2.get_name())
    print(tag, 'end')
    return 61


async def w1(tag):
    print(tag, 'start')
    try:
        print(tag, '#5 try')
        await asyncio.sleep(1)
        print(tag, '#6 sleep 1')
        r = await asyncio.sleep(2, 'slept')
        print(tag, '#7 sleep', repr(r))
    except asyncio.CancelledError as e:
        print(tag, '#5 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#5 try', 'caught ValueError', e.args)
    t1 = track(asyncio.create_task(w4(tag + '.1'), name=tag + '/t1'))
    print(tag, '#8 create t1', t1.get_name())
    try:
        print(tag, '#9 try')
        print(tag, '#10 cancel t1', t1.get_name(), t1.cancel())
        raise ValueError(tag + ' gave up')
    except ValueError as e:
        print(tag, '#9 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#9 try', 'finally')
    t2 = track(asyncio.create_task(w2(tag + '.2')))
    print(tag, '#11 create t2', t2.get_name())
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag):
    print(tag, 'start')
    r = await w4(tag + '.1')
    print(tag, '#12 w4', repr(r))
    print(tag, 'end')
    return tag + ' ok'


async def w3(tag, peer):
    print(tag, 'start')
    t1 = track(asyncio.create_task(w4(tag + '.1'), name=tag + '/t1'))
    print(tag, '#13 create t1', t1.get_name())
    done, pending = await asyncio.wait([t1, peer], return_when=asyncio.ALL_COMPLETED)
    print(tag, '#14 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    t2 = track(asyncio.create_task(w4(tag + '.2')))
    print(tag, '#15 create t2', t2.get_name())
    try:
        r = await asyncio.shield(t2)
        print(tag, '#16 shield', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#16 shield', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def w4(tag):
    print(tag, 'start')
    try:
        print(tag, '#17 try')
        await asyncio.sleep(2)
        print(tag, '#18 sleep 2')
        r = await asyncio.wait_for(asyncio.gather(asyncio.sleep(2, 'slept'), asyncio.sleep(2, 'slept'), asyncio.sleep(0, 'slept'), return_exceptions=True), timeout=0.05)
        print(tag, '#19 wait_for', repr(r))
    except asyncio.CancelledError as e:
        print(tag, '#17 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#17 try', 'caught ValueError', e.args)
    try:
        print(tag, '#20 try')
        try:
            print(tag, '#21 try')
            await asyncio.sleep(0)
            print(tag, '#22 sleep 0')
        except asyncio.CancelledError as e:
            print(tag, '#21 try', 'caught CancelledError', e.args)
            raise
        except ValueError as e:
            print(tag, '#21 try', 'caught ValueError', e.args)
            raise
        finally:
            print(tag, '#21 try', 'finally')
        try:
            print(tag, '#23 try')
            await asyncio.sleep(0)
            print(tag, '#24 sleep 0', now())
            await asyncio.sleep(1)
            print(tag, '#25 sleep 1', now())
        except asyncio.CancelledError as e:
            print(tag, '#23 try', 'caught CancelledError', e.args)
        finally:
            print(tag, '#23 try', 'finally')
            await asyncio.sleep(0.5)
            print(tag, '#23 try', 'finally slept')
    except asyncio.CancelledError as e:
        print(tag, '#20 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#20 try', 'caught ValueError', e.args)
        raise
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        r = await asyncio.shield(asyncio.sleep(0.5, 'slept'))
        print(tag, '#26 shield', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#26 shield', type(e).__name__, e.args)
    try:
        r = await w0(tag + '.1')
        print(tag, '#27 w0', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#27 w0', type(e).__name__, e.args)
    try:
        print(tag, '#28 try')
        try:
            r = await asyncio.gather(asyncio.gather(w2(tag + '.2'), asyncio.sleep(0, 'slept'), w0(tag + '.3'), return_exceptions=True), return_exceptions=True)
            print(tag, '#29 gather', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#29 gather', type(e).__name__, e.args)
        await asyncio.sleep(2)
        print(tag, '#30 sleep 2')
        t1 = track(asyncio.create_task(w1(tag + '.4')))
        print(tag, '#31 create t1', t1.get_name())
        print(tag, '#32 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    except asyncio.CancelledError as e:
        print(tag, '#28 try', 'caught CancelledError', e.args)
    try:
        print(tag, '#33 try')
        try:
            r = await asyncio.sleep(0, 'slept')
            print(tag, '#34 sleep', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#34 sleep', type(e).__name__, e.args)
        t2 = track(asyncio.create_task(w2(tag + '.5'), name=tag + '/t2'))
        print(tag, '#35 create t2', t2.get_name())
        for _ in range(4):
            await asyncio.sleep(0)
        print(tag, '#36 cancel t2', t2.get_name(), t2.cancel())
    except asyncio.CancelledError as e:
        print(tag, '#33 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#33 try', 'caught ValueError', e.args)
    else:
        print(tag, '#33 try', 'else')
    await asyncio.sleep(0.1)
    print(tag, '#37 sleep 0.1', now())
    try:
        print(tag, '#38 try')
        await asyncio.sleep(0.1)
        print(tag, '#39 sleep 0.1')
    finally:
        print(tag, '#38 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#38 try', 'finally slept')
    await asyncio.sleep(0)
    print(tag, '#40 sleep 0', now())
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
