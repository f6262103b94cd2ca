# asyncio_diffgen seed 11: tools/asyncio_diffgen.py print --seed 11
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
    try:
        print(tag, '#1 try')
        try:
            r = await asyncio.wait_for(w2(tag + '.1'), timeout=2.5)
            print(tag, '#2 wait_for', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#2 wait_for', type(e).__name__, e.args)
        try:
            r = await asyncio.gather(w3(tag + '.2'), peer, asyncio.shield(asyncio.sleep(0.5, 'slept')), return_exceptions=True)
            print(tag, '#3 gather', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#3 gather', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    else:
        print(tag, '#1 try', 'else')
    finally:
        print(tag, '#1 try', 'finally')
        await asyncio.sleep(0.1)
        print(tag, '#1 try', 'finally slept')
    print(tag, '#4 cancel peer', peer.get_name(), peer.cancel())
    try:
        r = await peer
        print(tag, '#5 await peer', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#5 await peer', type(e).__name__, e.args)
    r = await asyncio.gather(peer, asyncio.sleep(1, 'slept'), return_exceptions=True)
    print(tag, '#6 gather', repr(r))
    print(tag, 'end')
    return 17


async def w1(tag):
    print(tag, 'start')
    try:
        print(tag, '#7 try')
        await asyncio.sleep(0.5)
        print(tag, '#8 sleep 0.5')
        print(tag, '#9 time', now())
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#7 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#7 try', 'caught ValueError', e.args)
    t1 = track(asyncio.create_task(w3(tag + '.1')))
    print(tag, '#10 create t1', t1.get_name())
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag):
    print(tag, 'start')
    try:
        print(tag, '#11 try')
        await asyncio.sleep(1)
        print(tag, '#12 sleep 1')
        t1 = track(asyncio.create_task(w4(tag + '.1')))
        print(tag, '#13 create t1', t1.get_name())
    except asyncio.CancelledError as e:
        print(tag, '#11 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#11 try', 'caught ValueError', e.args)
        raise
    else:
        print(tag, '#11 try', 'else')
    finally:
        print(tag, '#11 try', 'finally')
    t2 = track(asyncio.create_task(w4(tag + '.2')))
    print(tag, '#14 create t2', t2.get_name())
    done, pending = await asyncio.wait([t2], return_when=asyncio.FIRST_COMPLETED)
    print(tag, '#15 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    raise ValueError(tag + ' failed')


async def w3(tag):
    print(tag, 'start')
    await asyncio.sleep(2)
    print(tag, '#16 sleep 2', now())
    t1 = track(asyncio.create_task(w4(tag + '.1'), name=tag + '/t1'))
    print(tag, '#17 create t1', t1.get_name())
    for _ in range(4):
        await asyncio.sleep(0)
    print(tag, '#18 cancel t1', t1.get_name(), t1.cancel())
    t2 = track(asyncio.create_task(w4(tag + '.2'), name=tag + '/t2'))
    print(tag, '#19 create t2', t2.get_name())
    try:
        r = await w4(tag + '.3')
        print(tag, '#20 w4', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#20 w4', type(e).__name__, e.args)
    print(tag, 'end')
    return 17


async def w4(tag):
    print(tag, 'start')
    try:
        r = await asyncio.wait_for(asyncio.sleep(1, 'slept'), timeout=1)
        print(tag, '#21 wait_for', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#21 wait_for', type(e).__name__, e.args)
    await asyncio.sleep(0)
    print(tag, '#22 sleep 0')
    try:
        print(tag, '#23 try')
        await asyncio.sleep(0.5)
        print(tag, '#24 sleep 0.5')
        await asyncio.sleep(0)
        print(tag, '#25 sleep 0', now())
        await asyncio.sleep(0)
        print(tag, '#26 sleep 0')
        try:
            r = await asyncio.gather(asyncio.gather(asyncio.sleep(0, 'slept'), asyncio.sleep(0.5, 'slept'), asyncio.sleep(0.5, 'slept')))
            print(tag, '#27 gather', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#27 gather', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#23 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#23 try', 'caught ValueError', e.args)
        raise
    else:
        print(tag, '#23 try', 'else')
    finally:
        print(tag, '#23 try', 'finally')
    r = await asyncio.wait_for(asyncio.shield(asyncio.sleep(2, 'slept')), timeout=0.05)
    print(tag, '#28 wait_for', repr(r))
    raise ValueError(tag + ' failed')


async def main():
    tag = 'm'
    print(tag, 'start')
    await asyncio.sleep(0.5)
    print(tag, '#29 sleep 0.5')
    try:
        print(tag, '#30 try')
        await asyncio.sleep(2)
        print(tag, '#31 sleep 2')
        try:
            r = await asyncio.gather(asyncio.sleep(0, 'slept'))
            print(tag, '#32 gather', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#32 gather', type(e).__name__, e.args)
        try:
            print(tag, '#33 try')
            t1 = track(asyncio.create_task(w1(tag + '.1'), name=tag + '/t1'))
            print(tag, '#34 create t1', t1.get_name())
            try:
                r = await asyncio.shield(t1)
                print(tag, '#35 shield', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#35 shield', type(e).__name__, e.args)
            await asyncio.sleep(0)
            print(tag, '#36 sleep 0', now())
            try:
                r = await w4(tag + '.2')
                print(tag, '#37 w4', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#37 w4', type(e).__name__, e.args)
        except ValueError as e:
            print(tag, '#33 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#30 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#30 try', 'finally slept')
    t2 = track(asyncio.create_task(w2(tag + '.3')))
    print(tag, '#38 create t2', t2.get_name())
    print(tag, '#39 cancel t2', t2.get_name(), t2.cancel('stop t2'))
    try:
        r = await t2
        print(tag, '#40 await t2', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#40 await t2', type(e).__name__, e.args)
    print(tag, '#41 cancel t2', t2.get_name(), t2.cancel())
    await settle()
    report()
    for t in TASKS:
        if not t.cancelled() and t.exception() is not None:
            await t
    print(tag, 'end')


asyncio.run(main())
