# asyncio_diffgen seed 33: tools/asyncio_diffgen.py print --seed 33
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
        t1 = track(asyncio.create_task(w2(tag + '.1'), name=tag + '/t1'))
        print(tag, '#2 create t1', t1.get_name())
        await asyncio.sleep(2)
        print(tag, '#3 sleep 2')
        t2 = track(asyncio.create_task(w1(tag + '.2', t1)))
        print(tag, '#4 create t2', t2.get_name())
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#1 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#1 try', 'finally')
    t3 = track(asyncio.create_task(w2(tag + '.3')))
    print(tag, '#5 create t3', t3.get_name())
    r = await asyncio.shield(t3)
    print(tag, '#6 shield', repr(r))
    print(tag, 'end')
    return 23


async def w1(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#7 try')
        try:
            print(tag, '#8 try')
            try:
                r = await asyncio.gather(peer, peer, w2(tag + '.1'), return_exceptions=True)
                print(tag, '#9 gather', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#9 gather', type(e).__name__, e.args)
        except asyncio.CancelledError as e:
            print(tag, '#8 try', 'caught CancelledError', e.args)
        except ValueError as e:
            print(tag, '#8 try', 'caught ValueError', e.args)
        else:
            print(tag, '#8 try', 'else')
        await asyncio.sleep(0)
        print(tag, '#10 sleep 0')
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#7 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    finally:
        print(tag, '#7 try', 'finally')
    try:
        r = await w2(tag + '.2')
        print(tag, '#11 w2', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#11 w2', type(e).__name__, e.args)
    try:
        print(tag, '#12 try')
        await asyncio.sleep(0)
        print(tag, '#13 sleep 0', now())
        r = await w2(tag + '.3')
        print(tag, '#14 w2', repr(r))
    except asyncio.CancelledError as e:
        print(tag, '#12 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#12 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#12 try', 'finally')
    try:
        print(tag, '#15 try')
        r = await w2(tag + '.4')
        print(tag, '#16 w2', repr(r))
        t1 = track(asyncio.create_task(w2(tag + '.5'), name=tag + '/t1'))
        print(tag, '#17 create t1', t1.get_name())
        try:
            print(tag, '#18 try')
            await asyncio.sleep(2)
            print(tag, '#19 sleep 2')
            print(tag, '#20 cancel t1', t1.get_name(), t1.cancel())
            try:
                r = await w2(tag + '.6')
                print(tag, '#21 w2', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#21 w2', type(e).__name__, e.args)
            raise ValueError(tag + ' gave up')
        except ValueError as e:
            print(tag, '#18 try', 'caught ValueError', e.args)
        raise ValueError(tag + ' gave up')
    except ValueError as e:
        print(tag, '#15 try', 'caught ValueError', e.args)
        raise
    finally:
        print(tag, '#15 try', 'finally')
        await asyncio.sleep(0.5)
        print(tag, '#15 try', 'finally slept')
    done, pending = await asyncio.wait([peer], return_when=asyncio.FIRST_EXCEPTION, timeout=0.05)
    print(tag, '#22 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    print(tag, 'end')


async def w2(tag):
    print(tag, 'start')
    try:
        r = await asyncio.wait_for(asyncio.gather(asyncio.sleep(2, 'slept'), asyncio.sleep(1, 'slept'), asyncio.sleep(2, 'slept')), timeout=1)
        print(tag, '#23 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#23 wait_for', type(e).__name__, e.args)
    await asyncio.sleep(0.5)
    print(tag, '#24 sleep 0.5')
    try:
        r = await asyncio.sleep(1, 'slept')
        print(tag, '#25 sleep', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#25 sleep', type(e).__name__, e.args)
    print(tag, 'end')


async def main():
    tag = 'm'
    print(tag, 'start')
    await asyncio.sleep(0.5)
    print(tag, '#26 sleep 0.5')
    try:
        r = await asyncio.gather(asyncio.sleep(0, 'slept'), return_exceptions=True)
        print(tag, '#27 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#27 gather', type(e).__name__, e.args)
    try:
        r = await w2(tag + '.1')
        print(tag, '#28 w2', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#28 w2', type(e).__name__, e.args)
    t1 = track(asyncio.create_task(w0(tag + '.2')))
    print(tag, '#29 create t1', t1.get_name())
    for _ in range(1):
        await asyncio.sleep(0)
    print(tag, '#30 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    await asyncio.sleep(0)
    print(tag, '#31 sleep 0', now())
    try:
        print(tag, '#32 try')
        try:
            print(tag, '#33 try')
            try:
                r = await asyncio.gather(w0(tag + '.3'), asyncio.gather(w2(tag + '.4'), t1), asyncio.shield(t1))
                print(tag, '#34 gather', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#34 gather', type(e).__name__, e.args)
            try:
                r = await t1
                print(tag, '#35 await t1', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#35 await t1', type(e).__name__, e.args)
        except ValueError as e:
            print(tag, '#33 try', 'caught ValueError', e.args)
        finally:
            print(tag, '#33 try', 'finally')
            await asyncio.sleep(0)
            print(tag, '#33 try', 'finally slept')
        raise ValueError(tag + ' gave up')
    except ValueError as e:
        print(tag, '#32 try', 'caught ValueError', e.args)
    else:
        print(tag, '#32 try', 'else')
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
