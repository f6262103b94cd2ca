# asyncio_diffgen seed 50: tools/asyncio_diffgen.py print --seed 50
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
    t1 = track(asyncio.create_task(w4(tag + '.1'), name=tag + '/t1'))
    print(tag, '#1 create t1', t1.get_name())
    try:
        r = await asyncio.gather(asyncio.shield(t1))
        print(tag, '#2 gather', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#2 gather', type(e).__name__, e.args)
    t2 = track(asyncio.create_task(w4(tag + '.2'), name=tag + '/t2'))
    print(tag, '#3 create t2', t2.get_name())
    for _ in range(1):
        await asyncio.sleep(0)
    print(tag, '#4 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    try:
        print(tag, '#5 try')
        await asyncio.sleep(2)
        print(tag, '#6 sleep 2')
        r = await w1(tag + '.3', t1)
        print(tag, '#7 w1', repr(r))
    except asyncio.CancelledError as e:
        print(tag, '#5 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#5 try', 'caught ValueError', e.args)
        raise
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#8 try')
        await asyncio.sleep(0.1)
        print(tag, '#9 sleep 0.1')
        r = await asyncio.gather(peer, w2(tag + '.1', peer), return_exceptions=True)
        print(tag, '#10 gather', repr(r))
        await asyncio.sleep(2)
        print(tag, '#11 sleep 2')
    except asyncio.CancelledError as e:
        print(tag, '#8 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#8 try', 'caught ValueError', e.args)
    else:
        print(tag, '#8 try', 'else')
    print(tag, '#12 cancel peer', peer.get_name(), peer.cancel('stop peer'))
    try:
        print(tag, '#13 try')
        await asyncio.sleep(1)
        print(tag, '#14 sleep 1')
        try:
            print(tag, '#15 try')
            await asyncio.sleep(1)
            print(tag, '#16 sleep 1')
            await asyncio.sleep(1)
            print(tag, '#17 sleep 1', now())
            await asyncio.sleep(2)
            print(tag, '#18 sleep 2')
            try:
                r = await peer
                print(tag, '#19 await peer', repr(r))
            except (ValueError, TimeoutError) as e:
                print(tag, '#19 await peer', type(e).__name__, e.args)
            raise ValueError(tag + ' gave up')
        except asyncio.CancelledError as e:
            print(tag, '#15 try', 'caught CancelledError', e.args)
        else:
            print(tag, '#15 try', 'else')
        finally:
            print(tag, '#15 try', 'finally')
            await asyncio.sleep(0)
            print(tag, '#15 try', 'finally slept')
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#13 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#13 try', 'caught ValueError', e.args)
        raise
    else:
        print(tag, '#13 try', 'else')
    t1 = track(asyncio.create_task(w3(tag + '.2', peer)))
    print(tag, '#20 create t1', t1.get_name())
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag, peer):
    print(tag, 'start')
    t1 = track(asyncio.create_task(w3(tag + '.1', peer), name=tag + '/t1'))
    print(tag, '#21 create t1', t1.get_name())
    try:
        r = await asyncio.wait_for(asyncio.sleep(0, 'slept'), timeout=2.5)
        print(tag, '#22 wait_for', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#22 wait_for', type(e).__name__, e.args)
    print(tag, 'end')
    return 51


async def w3(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#23 try')
        await asyncio.sleep(1)
        print(tag, '#24 sleep 1')
        r = await peer
        print(tag, '#25 await peer', repr(r))
        done, pending = await asyncio.wait([peer], return_when=asyncio.FIRST_COMPLETED, timeout=1)
        print(tag, '#26 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        for _ in range(4):
            await asyncio.sleep(0)
        print(tag, '#27 cancel peer', peer.get_name(), peer.cancel('stop peer'))
    except asyncio.CancelledError as e:
        print(tag, '#23 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#23 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#23 try', 'finally')
    try:
        print(tag, '#28 try')
        print(tag, '#29 time', now())
        await asyncio.sleep(1)
        print(tag, '#30 sleep 1')
        t1 = track(asyncio.create_task(w4(tag + '.1')))
        print(tag, '#31 create t1', t1.get_name())
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#28 try', 'caught CancelledError', e.args)
        raise
    finally:
        print(tag, '#28 try', 'finally')
    print(tag, 'end')
    return tag + ' ok'


async def w4(tag):
    print(tag, 'start')
    await asyncio.sleep(0.1)
    print(tag, '#32 sleep 0.1', now())
    await asyncio.sleep(2)
    print(tag, '#33 sleep 2')
    print(tag, 'end')


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        r = await w0(tag + '.1')
        print(tag, '#34 w0', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#34 w0', type(e).__name__, e.args)
    t1 = track(asyncio.create_task(w0(tag + '.2')))
    print(tag, '#35 create t1', t1.get_name())
    done, pending = await asyncio.wait([t1], return_when=asyncio.ALL_COMPLETED)
    print(tag, '#36 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    try:
        r = await asyncio.wait_for(t1, timeout=2.5)
        print(tag, '#37 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#37 wait_for', type(e).__name__, e.args)
    for _ in range(2):
        await asyncio.sleep(0)
    print(tag, '#38 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    for _ in range(4):
        await asyncio.sleep(0)
    print(tag, '#39 cancel t1', t1.get_name(), t1.cancel())
    await asyncio.sleep(2)
    print(tag, '#40 sleep 2')
    done, pending = await asyncio.wait([t1], return_when=asyncio.ALL_COMPLETED, timeout=1.5)
    print(tag, '#41 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
