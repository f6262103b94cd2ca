# asyncio_diffgen seed 41: tools/asyncio_diffgen.py print --seed 41
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
    t1 = track(asyncio.create_task(w2(tag + '.1')))
    print(tag, '#1 create t1', t1.get_name())
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    t1 = track(asyncio.create_task(w2(tag + '.1')))
    print(tag, '#2 create t1', t1.get_name())
    t2 = track(asyncio.create_task(w4(tag + '.2', t1)))
    print(tag, '#3 create t2', t2.get_name())
    print(tag, '#4 cancel t2', t2.get_name(), t2.cancel())
    try:
        print(tag, '#5 try')
        await asyncio.sleep(2)
        print(tag, '#6 sleep 2', now())
        r = await asyncio.wait_for(asyncio.gather(t1), timeout=2.5)
        print(tag, '#7 wait_for', repr(r))
    except asyncio.CancelledError as e:
        print(tag, '#5 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#5 try', 'caught ValueError', e.args)
        raise
    finally:
        print(tag, '#5 try', 'finally')
        await asyncio.sleep(0.5)
        print(tag, '#5 try', 'finally slept')
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag):
    print(tag, 'start')
    await asyncio.sleep(2)
    print(tag, '#8 sleep 2')
    print(tag, 'end')
    return 88


async def w3(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#9 try')
        try:
            print(tag, '#10 try')
            try:
                r = await asyncio.gather(asyncio.sleep(0, 'slept'), w4(tag + '.1', peer), peer)
                print(tag, '#11 gather', repr(r))
            except (ValueError, TimeoutError) as e:
                print(tag, '#11 gather', type(e).__name__, e.args)
            t1 = track(asyncio.create_task(w4(tag + '.2', peer)))
            print(tag, '#12 create t1', t1.get_name())
            print(tag, '#13 cancel t1', t1.get_name(), t1.cancel())
        except asyncio.CancelledError as e:
            print(tag, '#10 try', 'caught CancelledError', e.args)
        except ValueError as e:
            print(tag, '#10 try', 'caught ValueError', e.args)
            raise
        finally:
            print(tag, '#10 try', 'finally')
        for _ in range(3):
            await asyncio.sleep(0)
        print(tag, '#14 cancel peer', peer.get_name(), peer.cancel())
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#9 try', 'caught CancelledError', e.args)
        raise
    finally:
        print(tag, '#9 try', 'finally')
    done, pending = await asyncio.wait([peer], return_when=asyncio.FIRST_COMPLETED)
    print(tag, '#15 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    await asyncio.sleep(0)
    print(tag, '#16 sleep 0')
    for _ in range(1):
        await asyncio.sleep(0)
    print(tag, '#17 cancel peer', peer.get_name(), peer.cancel())
    t2 = track(asyncio.create_task(w4(tag + '.3', peer), name=tag + '/t2'))
    print(tag, '#18 create t2', t2.get_name())
    done, pending = await asyncio.wait([peer, t2], return_when=asyncio.ALL_COMPLETED)
    print(tag, '#19 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    print(tag, 'end')
    return tag + ' ok'


async def w4(tag, peer):
    print(tag, 'start')
    try:
        r = await asyncio.gather(peer, asyncio.gather(peer, peer, peer, return_exceptions=True), asyncio.shield(peer), return_exceptions=True)
        print(tag, '#20 gather', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#20 gather', type(e).__name__, e.args)
    await asyncio.sleep(2)
    print(tag, '#21 sleep 2', now())
    for _ in range(1):
        await asyncio.sleep(0)
    print(tag, '#22 cancel peer', peer.get_name(), peer.cancel('stop peer'))
    for _ in range(3):
        await asyncio.sleep(0)
    print(tag, '#23 cancel peer', peer.get_name(), peer.cancel('stop peer'), peer.cancel())
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w0(tag + '.1')))
    print(tag, '#24 create t1', t1.get_name())
    print(tag, '#25 cancel t1', t1.get_name(), t1.cancel())
    try:
        r = await asyncio.gather(t1, return_exceptions=True)
        print(tag, '#26 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#26 gather', type(e).__name__, e.args)
    t2 = track(asyncio.create_task(w3(tag + '.2', t1)))
    print(tag, '#27 create t2', t2.get_name())
    done, pending = await asyncio.wait([t2], return_when=asyncio.FIRST_COMPLETED)
    print(tag, '#28 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    try:
        r = await asyncio.wait_for(t2, timeout=2.5)
        print(tag, '#29 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#29 wait_for', type(e).__name__, e.args)
    done, pending = await asyncio.wait([t2], return_when=asyncio.FIRST_COMPLETED, timeout=0.05)
    print(tag, '#30 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    await asyncio.sleep(0)
    print(tag, '#31 sleep 0')
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
