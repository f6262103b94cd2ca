# asyncio_diffgen seed 47: tools/asyncio_diffgen.py print --seed 47
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
        await asyncio.sleep(0.5)
        print(tag, '#2 sleep 0.5')
        t1 = track(asyncio.create_task(w2(tag + '.1', peer)))
        print(tag, '#3 create t1', t1.get_name())
        await asyncio.sleep(0)
        print(tag, '#4 sleep 0', now())
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#1 try', 'caught ValueError', e.args)
    else:
        print(tag, '#1 try', 'else')
    finally:
        print(tag, '#1 try', 'finally')
    try:
        r = await asyncio.sleep(0.1, 'slept')
        print(tag, '#5 sleep', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#5 sleep', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    await asyncio.sleep(0)
    print(tag, '#6 sleep 0', now())
    await asyncio.sleep(1)
    print(tag, '#7 sleep 1')
    print(tag, 'end')
    return 35


async def w2(tag, peer):
    print(tag, 'start')
    print(tag, '#8 cancel peer', peer.get_name(), peer.cancel())
    try:
        print(tag, '#9 try')
        t1 = track(asyncio.create_task(w3(tag + '.1', peer)))
        print(tag, '#10 create t1', t1.get_name())
        t2 = track(asyncio.create_task(w3(tag + '.2', t1)))
        print(tag, '#11 create t2', t2.get_name())
    except asyncio.CancelledError as e:
        print(tag, '#9 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#9 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#9 try', 'finally')
    t3 = track(asyncio.create_task(w3(tag + '.3', peer)))
    print(tag, '#12 create t3', t3.get_name())
    t4 = track(asyncio.create_task(w3(tag + '.4', t3)))
    print(tag, '#13 create t4', t4.get_name())
    done, pending = await asyncio.wait([peer, t3, t4], return_when=asyncio.ALL_COMPLETED)
    print(tag, '#14 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    print(tag, '#15 time', now())
    print(tag, 'end')
    return 28


async def w3(tag, peer):
    print(tag, 'start')
    await asyncio.sleep(0.5)
    print(tag, '#16 sleep 0.5')
    await asyncio.sleep(0.5)
    print(tag, '#17 sleep 0.5')
    try:
        print(tag, '#18 try')
        try:
            print(tag, '#19 try')
            try:
                r = await asyncio.shield(peer)
                print(tag, '#20 shield', repr(r))
            except (ValueError, TimeoutError) as e:
                print(tag, '#20 shield', type(e).__name__, e.args)
            await asyncio.sleep(1)
            print(tag, '#21 sleep 1')
            await asyncio.sleep(2)
            print(tag, '#22 sleep 2')
            raise ValueError(tag + ' gave up')
        except ValueError as e:
            print(tag, '#19 try', 'caught ValueError', e.args)
        finally:
            print(tag, '#19 try', 'finally')
            await asyncio.sleep(0.5)
            print(tag, '#19 try', 'finally slept')
    except asyncio.CancelledError as e:
        print(tag, '#18 try', 'caught CancelledError', e.args)
        raise
    print(tag, 'end')
    return 90


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        r = await w1(tag + '.1')
        print(tag, '#23 w1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#23 w1', type(e).__name__, e.args)
    try:
        r = await w1(tag + '.2')
        print(tag, '#24 w1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#24 w1', type(e).__name__, e.args)
    try:
        print(tag, '#25 try')
        t1 = track(asyncio.create_task(w1(tag + '.3')))
        print(tag, '#26 create t1', t1.get_name())
        for _ in range(4):
            await asyncio.sleep(0)
        print(tag, '#27 cancel t1', t1.get_name(), t1.cancel())
        await asyncio.sleep(1)
        print(tag, '#28 sleep 1')
    except ValueError as e:
        print(tag, '#25 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#25 try', 'finally')
        await asyncio.sleep(0.5)
        print(tag, '#25 try', 'finally slept')
    try:
        r = await w1(tag + '.4')
        print(tag, '#29 w1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#29 w1', type(e).__name__, e.args)
    try:
        r = await w1(tag + '.5')
        print(tag, '#30 w1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#30 w1', type(e).__name__, e.args)
    await asyncio.sleep(0)
    print(tag, '#31 sleep 0')
    try:
        print(tag, '#32 try')
        try:
            print(tag, '#33 try')
            t2 = track(asyncio.create_task(w1(tag + '.6')))
            print(tag, '#34 create t2', t2.get_name())
            print(tag, '#35 cancel t2', t2.get_name(), t2.cancel('stop t2'))
        except ValueError as e:
            print(tag, '#33 try', 'caught ValueError', e.args)
        t3 = track(asyncio.create_task(w1(tag + '.7')))
        print(tag, '#36 create t3', t3.get_name())
        t4 = track(asyncio.create_task(w1(tag + '.8')))
        print(tag, '#37 create t4', t4.get_name())
        done, pending = await asyncio.wait([t3, t4], return_when=asyncio.FIRST_COMPLETED)
        print(tag, '#38 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        try:
            r = await t4
            print(tag, '#39 await t4', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#39 await t4', type(e).__name__, e.args)
    finally:
        print(tag, '#32 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#32 try', 'finally slept')
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
