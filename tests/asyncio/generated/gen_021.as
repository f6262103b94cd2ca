# asyncio_diffgen seed 22: tools/asyncio_diffgen.py print --seed 22
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
    await asyncio.sleep(0.5)
    print(tag, '#1 sleep 0.5', now())
    try:
        print(tag, '#2 try')
        await asyncio.sleep(0.5)
        print(tag, '#3 sleep 0.5', now())
        try:
            r = await peer
            print(tag, '#4 await peer', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#4 await peer', type(e).__name__, e.args)
        await asyncio.sleep(0)
        print(tag, '#5 sleep 0')
        for _ in range(4):
            await asyncio.sleep(0)
        print(tag, '#6 cancel peer', peer.get_name(), peer.cancel('stop peer'))
    except asyncio.CancelledError as e:
        print(tag, '#2 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#2 try', 'caught ValueError', e.args)
        raise
    finally:
        print(tag, '#2 try', 'finally')
        await asyncio.sleep(0.1)
        print(tag, '#2 try', 'finally slept')
    try:
        print(tag, '#7 try')
        try:
            print(tag, '#8 try')
            await asyncio.sleep(0.5)
            print(tag, '#9 sleep 0.5')
            await asyncio.sleep(0)
            print(tag, '#10 sleep 0', now())
            r = await w2(tag + '.1', peer)
            print(tag, '#11 w2', repr(r))
            t1 = track(asyncio.create_task(w1(tag + '.2')))
            print(tag, '#12 create t1', t1.get_name())
        except asyncio.CancelledError as e:
            print(tag, '#8 try', 'caught CancelledError', e.args)
            return tag + ' rescued'
        else:
            print(tag, '#8 try', 'else')
        finally:
            print(tag, '#8 try', 'finally')
            await asyncio.sleep(0)
            print(tag, '#8 try', 'finally slept')
        try:
            r = await asyncio.shield(peer)
            print(tag, '#13 shield', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#13 shield', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#7 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#7 try', 'caught ValueError', e.args)
        raise
    print(tag, 'end')
    return 97


async def w1(tag):
    print(tag, 'start')
    await asyncio.sleep(0.1)
    print(tag, '#14 sleep 0.1')
    await asyncio.sleep(1)
    print(tag, '#15 sleep 1')
    print(tag, 'end')
    return 56


async def w2(tag, peer):
    print(tag, 'start')
    await asyncio.sleep(0)
    print(tag, '#16 sleep 0')
    try:
        print(tag, '#17 try')
        await asyncio.sleep(1)
        print(tag, '#18 sleep 1', now())
    except ValueError as e:
        print(tag, '#17 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#17 try', 'finally')
    try:
        r = await asyncio.sleep(0.1, 'slept')
        print(tag, '#19 sleep', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#19 sleep', type(e).__name__, e.args)
    try:
        print(tag, '#20 try')
        await asyncio.sleep(0.1)
        print(tag, '#21 sleep 0.1')
        await asyncio.sleep(0.5)
        print(tag, '#22 sleep 0.5')
        done, pending = await asyncio.wait([peer], return_when=asyncio.ALL_COMPLETED, timeout=0.05)
        print(tag, '#23 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    except asyncio.CancelledError as e:
        print(tag, '#20 try', 'caught CancelledError', e.args)
    print(tag, 'end')
    return 37


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w1(tag + '.1'), name=tag + '/t1'))
    print(tag, '#24 create t1', t1.get_name())
    try:
        print(tag, '#25 try')
        t2 = track(asyncio.create_task(w0(tag + '.2', t1), name=tag + '/t2'))
        print(tag, '#26 create t2', t2.get_name())
        t3 = track(asyncio.create_task(w1(tag + '.3')))
        print(tag, '#27 create t3', t3.get_name())
        t4 = track(asyncio.create_task(w0(tag + '.4', t1)))
        print(tag, '#28 create t4', t4.get_name())
    except ValueError as e:
        print(tag, '#25 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#25 try', 'finally')
        await asyncio.sleep(0.5)
        print(tag, '#25 try', 'finally slept')
    try:
        r = await w1(tag + '.5')
        print(tag, '#29 w1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#29 w1', type(e).__name__, e.args)
    try:
        print(tag, '#30 try')
        await asyncio.sleep(1)
        print(tag, '#31 sleep 1')
        try:
            r = await asyncio.wait_for(w0(tag + '.6', t1), timeout=0.5)
            print(tag, '#32 wait_for', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#32 wait_for', type(e).__name__, e.args)
        try:
            r = await w2(tag + '.7', t1)
            print(tag, '#33 w2', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#33 w2', type(e).__name__, e.args)
    except ValueError as e:
        print(tag, '#30 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#30 try', 'finally')
    t5 = track(asyncio.create_task(w1(tag + '.8'), name=tag + '/t5'))
    print(tag, '#34 create t5', t5.get_name())
    try:
        print(tag, '#35 try')
        await asyncio.sleep(0.5)
        print(tag, '#36 sleep 0.5')
    except asyncio.CancelledError as e:
        print(tag, '#35 try', 'caught CancelledError', e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
