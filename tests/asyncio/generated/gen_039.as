# asyncio_diffgen seed 40: tools/asyncio_diffgen.py print --seed 40
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
            print(tag, '#2 try')
            await asyncio.sleep(0.1)
            print(tag, '#3 sleep 0.1')
            try:
                r = await asyncio.gather(w1(tag + '.1'), w3(tag + '.2', peer), return_exceptions=True)
                print(tag, '#4 gather', repr(r))
            except (ValueError, TimeoutError) as e:
                print(tag, '#4 gather', type(e).__name__, e.args)
            try:
                r = await peer
                print(tag, '#5 await peer', repr(r))
            except (ValueError, TimeoutError) as e:
                print(tag, '#5 await peer', type(e).__name__, e.args)
        except asyncio.CancelledError as e:
            print(tag, '#2 try', 'caught CancelledError', e.args)
            raise
        except ValueError as e:
            print(tag, '#2 try', 'caught ValueError', e.args)
        try:
            print(tag, '#6 try')
            try:
                r = await asyncio.sleep(2, 'slept')
                print(tag, '#7 sleep', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#7 sleep', type(e).__name__, e.args)
            t1 = track(asyncio.create_task(w3(tag + '.3', peer)))
            print(tag, '#8 create t1', t1.get_name())
            done, pending = await asyncio.wait([peer, t1], return_when=asyncio.FIRST_EXCEPTION, timeout=2.5)
            print(tag, '#9 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
            r = await w4(tag + '.4')
            print(tag, '#10 w4', repr(r))
        except asyncio.CancelledError as e:
            print(tag, '#6 try', 'caught CancelledError', e.args)
            return tag + ' rescued'
        except ValueError as e:
            print(tag, '#6 try', 'caught ValueError', e.args)
        finally:
            print(tag, '#6 try', 'finally')
            await asyncio.sleep(0.1)
            print(tag, '#6 try', 'finally slept')
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#1 try', 'caught ValueError', e.args)
        raise
    finally:
        print(tag, '#1 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#1 try', 'finally slept')
    try:
        print(tag, '#11 try')
        r = await peer
        print(tag, '#12 await peer', repr(r))
        await asyncio.sleep(1)
        print(tag, '#13 sleep 1')
        done, pending = await asyncio.wait([peer], return_when=asyncio.FIRST_COMPLETED)
        print(tag, '#14 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#11 try', 'caught CancelledError', e.args)
        raise
    try:
        r = await w1(tag + '.5')
        print(tag, '#15 w1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#15 w1', type(e).__name__, e.args)
    try:
        print(tag, '#16 try')
        await asyncio.sleep(0.1)
        print(tag, '#17 sleep 0.1', now())
        print(tag, '#18 cancel peer', peer.get_name(), peer.cancel())
        done, pending = await asyncio.wait([peer], return_when=asyncio.ALL_COMPLETED, timeout=1.5)
        print(tag, '#19 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#16 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#16 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#16 try', 'finally')
        await asyncio.sleep(0.5)
        print(tag, '#16 try', 'finally slept')
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    t1 = track(asyncio.create_task(w4(tag + '.1')))
    print(tag, '#20 create t1', t1.get_name())
    for _ in range(2):
        await asyncio.sleep(0)
    print(tag, '#21 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    print(tag, 'end')


async def w2(tag):
    print(tag, 'start')
    t1 = track(asyncio.create_task(w4(tag + '.1'), name=tag + '/t1'))
    print(tag, '#22 create t1', t1.get_name())
    print(tag, '#23 cancel t1', t1.get_name(), t1.cancel())
    await asyncio.sleep(0)
    print(tag, '#24 sleep 0')
    for _ in range(4):
        await asyncio.sleep(0)
    print(tag, '#25 cancel t1', t1.get_name(), t1.cancel('stop t1'), t1.cancel())
    print(tag, 'end')
    return tag + ' ok'


async def w3(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#26 try')
        await asyncio.sleep(1)
        print(tag, '#27 sleep 1', now())
        await asyncio.sleep(1)
        print(tag, '#28 sleep 1')
        try:
            r = await asyncio.wait_for(peer, timeout=0.5)
            print(tag, '#29 wait_for', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#29 wait_for', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#26 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    try:
        r = await asyncio.wait_for(asyncio.gather(peer, return_exceptions=True), timeout=0.3)
        print(tag, '#30 wait_for', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#30 wait_for', type(e).__name__, e.args)
    await asyncio.sleep(1)
    print(tag, '#31 sleep 1')
    t1 = track(asyncio.create_task(w4(tag + '.1')))
    print(tag, '#32 create t1', t1.get_name())
    raise ValueError(tag + ' failed')


async def w4(tag):
    print(tag, 'start')
    await asyncio.sleep(2)
    print(tag, '#33 sleep 2')
    await asyncio.sleep(0.1)
    print(tag, '#34 sleep 0.1', now())
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w2(tag + '.1')))
    print(tag, '#35 create t1', t1.get_name())
    await asyncio.sleep(0)
    print(tag, '#36 sleep 0', now())
    try:
        r = await asyncio.gather(t1, t1, t1, return_exceptions=True)
        print(tag, '#37 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#37 gather', type(e).__name__, e.args)
    try:
        print(tag, '#38 try')
        done, pending = await asyncio.wait([t1], return_when=asyncio.ALL_COMPLETED)
        print(tag, '#39 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        try:
            r = await asyncio.wait_for(t1, timeout=0.3)
            print(tag, '#40 wait_for', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#40 wait_for', type(e).__name__, e.args)
    except ValueError as e:
        print(tag, '#38 try', 'caught ValueError', e.args)
    done, pending = await asyncio.wait([t1], return_when=asyncio.FIRST_COMPLETED)
    print(tag, '#41 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    print(tag, '#42 cancel t1', t1.get_name(), t1.cancel())
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
