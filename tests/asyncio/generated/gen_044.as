# asyncio_diffgen seed 45: tools/asyncio_diffgen.py print --seed 45
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
        t1 = track(asyncio.create_task(w3(tag + '.1')))
        print(tag, '#2 create t1', t1.get_name())
        print(tag, '#3 cancel t1', t1.get_name(), t1.cancel())
        await asyncio.sleep(0)
        print(tag, '#4 sleep 0')
        t2 = track(asyncio.create_task(w3(tag + '.2'), name=tag + '/t2'))
        print(tag, '#5 create t2', t2.get_name())
        print(tag, '#6 cancel t2', t2.get_name(), t2.cancel())
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#1 try', 'caught ValueError', e.args)
    try:
        r = await asyncio.sleep(0, 'slept')
        print(tag, '#7 sleep', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#7 sleep', type(e).__name__, e.args)
    r = await asyncio.gather(w3(tag + '.3'), asyncio.gather(w3(tag + '.4'), w3(tag + '.5'), w1(tag + '.6'), return_exceptions=True), asyncio.shield(asyncio.sleep(0, 'slept')))
    print(tag, '#8 gather', repr(r))
    try:
        print(tag, '#9 try')
        r = await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, 'slept')), timeout=1)
        print(tag, '#10 wait_for', repr(r))
        r = await asyncio.wait_for(asyncio.gather(asyncio.sleep(0, 'slept'), asyncio.sleep(1, 'slept')), timeout=0.5)
        print(tag, '#11 wait_for', repr(r))
    except asyncio.CancelledError as e:
        print(tag, '#9 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#9 try', 'caught ValueError', e.args)
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    try:
        print(tag, '#12 try')
        t1 = track(asyncio.create_task(w3(tag + '.1'), name=tag + '/t1'))
        print(tag, '#13 create t1', t1.get_name())
        try:
            r = await asyncio.wait_for(asyncio.shield(t1), timeout=1)
            print(tag, '#14 wait_for', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#14 wait_for', type(e).__name__, e.args)
        raise ValueError(tag + ' gave up')
    except ValueError as e:
        print(tag, '#12 try', 'caught ValueError', e.args)
    else:
        print(tag, '#12 try', 'else')
    try:
        print(tag, '#15 try')
        await asyncio.sleep(1)
        print(tag, '#16 sleep 1', now())
        t2 = track(asyncio.create_task(w3(tag + '.2'), name=tag + '/t2'))
        print(tag, '#17 create t2', t2.get_name())
        t3 = track(asyncio.create_task(w3(tag + '.3')))
        print(tag, '#18 create t3', t3.get_name())
        done, pending = await asyncio.wait([t2, t3], return_when=asyncio.ALL_COMPLETED)
        print(tag, '#19 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    except ValueError as e:
        print(tag, '#15 try', 'caught ValueError', e.args)
    await asyncio.sleep(0)
    print(tag, '#20 sleep 0')
    await asyncio.sleep(0.1)
    print(tag, '#21 sleep 0.1')
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#22 try')
        await asyncio.sleep(1)
        print(tag, '#23 sleep 1')
        try:
            r = await peer
            print(tag, '#24 await peer', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#24 await peer', type(e).__name__, e.args)
        print(tag, '#25 cancel peer', peer.get_name(), peer.cancel())
    except asyncio.CancelledError as e:
        print(tag, '#22 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#22 try', 'caught ValueError', e.args)
        raise
    else:
        print(tag, '#22 try', 'else')
    await asyncio.sleep(0)
    print(tag, '#26 sleep 0')
    print(tag, 'end')
    return tag + ' ok'


async def w3(tag):
    print(tag, 'start')
    try:
        print(tag, '#27 try')
        await asyncio.sleep(0.1)
        print(tag, '#28 sleep 0.1', now())
        try:
            print(tag, '#29 try')
            await asyncio.sleep(2)
            print(tag, '#30 sleep 2', now())
        finally:
            print(tag, '#29 try', 'finally')
    except asyncio.CancelledError as e:
        print(tag, '#27 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#27 try', 'caught ValueError', e.args)
        raise
    else:
        print(tag, '#27 try', 'else')
    finally:
        print(tag, '#27 try', 'finally')
        await asyncio.sleep(0.1)
        print(tag, '#27 try', 'finally slept')
    try:
        r = await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, 'slept')), timeout=0.5)
        print(tag, '#31 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#31 wait_for', type(e).__name__, e.args)
    try:
        print(tag, '#32 try')
        await asyncio.sleep(1)
        print(tag, '#33 sleep 1')
        try:
            r = await asyncio.gather(asyncio.shield(asyncio.sleep(0, 'slept')), return_exceptions=True)
            print(tag, '#34 gather', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#34 gather', type(e).__name__, e.args)
        await asyncio.sleep(0.5)
        print(tag, '#35 sleep 0.5')
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#32 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    else:
        print(tag, '#32 try', 'else')
    try:
        r = await asyncio.wait_for(asyncio.gather(asyncio.sleep(1, 'slept')), timeout=1.5)
        print(tag, '#36 wait_for', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#36 wait_for', type(e).__name__, e.args)
    raise ValueError(tag + ' failed')


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w3(tag + '.1')))
    print(tag, '#37 create t1', t1.get_name())
    print(tag, '#38 cancel t1', t1.get_name(), t1.cancel(), t1.cancel())
    try:
        print(tag, '#39 try')
        t2 = track(asyncio.create_task(w2(tag + '.2', t1), name=tag + '/t2'))
        print(tag, '#40 create t2', t2.get_name())
        try:
            print(tag, '#41 try')
            t3 = track(asyncio.create_task(w0(tag + '.3'), name=tag + '/t3'))
            print(tag, '#42 create t3', t3.get_name())
            done, pending = await asyncio.wait([t1, t2, t3], return_when=asyncio.FIRST_EXCEPTION)
            print(tag, '#43 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        except ValueError as e:
            print(tag, '#41 try', 'caught ValueError', e.args)
        else:
            print(tag, '#41 try', 'else')
        await asyncio.sleep(0)
        print(tag, '#44 sleep 0', now())
    finally:
        print(tag, '#39 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#39 try', 'finally slept')
    try:
        print(tag, '#45 try')
        try:
            print(tag, '#46 try')
            try:
                r = await asyncio.wait_for(asyncio.gather(t1, t1, t1, return_exceptions=True), timeout=1)
                print(tag, '#47 wait_for', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#47 wait_for', type(e).__name__, e.args)
            try:
                r = await t1
                print(tag, '#48 await t1', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#48 await t1', type(e).__name__, e.args)
            t4 = track(asyncio.create_task(w2(tag + '.4', t1)))
            print(tag, '#49 create t4', t4.get_name())
            done, pending = await asyncio.wait([t4], return_when=asyncio.ALL_COMPLETED)
            print(tag, '#50 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        except asyncio.CancelledError as e:
            print(tag, '#46 try', 'caught CancelledError', e.args)
        else:
            print(tag, '#46 try', 'else')
        finally:
            print(tag, '#46 try', 'finally')
        raise ValueError(tag + ' gave up')
    except ValueError as e:
        print(tag, '#45 try', 'caught ValueError', e.args)
    else:
        print(tag, '#45 try', 'else')
    t5 = track(asyncio.create_task(w2(tag + '.5', t1), name=tag + '/t5'))
    print(tag, '#51 create t5', t5.get_name())
    try:
        r = await asyncio.gather(t1, asyncio.gather(asyncio.sleep(0, 'slept')), asyncio.shield(t5))
        print(tag, '#52 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#52 gather', type(e).__name__, e.args)
    try:
        r = await w1(tag + '.6')
        print(tag, '#53 w1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#53 w1', type(e).__name__, e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
