# asyncio_diffgen seed 15: tools/asyncio_diffgen.py print --seed 15
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
        await asyncio.sleep(0)
        print(tag, '#2 sleep 0', now())
        try:
            print(tag, '#3 try')
            await asyncio.sleep(0.5)
            print(tag, '#4 sleep 0.5', now())
            await asyncio.sleep(0)
            print(tag, '#5 sleep 0')
        except ValueError as e:
            print(tag, '#3 try', 'caught ValueError', e.args)
        finally:
            print(tag, '#3 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#6 sleep 0')
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#1 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#1 try', 'finally')
        await asyncio.sleep(0.5)
        print(tag, '#1 try', 'finally slept')
    await asyncio.sleep(0.1)
    print(tag, '#7 sleep 0.1')
    await asyncio.sleep(0.5)
    print(tag, '#8 sleep 0.5')
    try:
        print(tag, '#9 try')
        await asyncio.sleep(0.1)
        print(tag, '#10 sleep 0.1', now())
        r = await asyncio.gather(asyncio.gather(asyncio.sleep(0.5, 'slept'), asyncio.sleep(1, 'slept'), asyncio.sleep(0, 'slept'), return_exceptions=True), asyncio.sleep(0, 'slept'))
        print(tag, '#11 gather', repr(r))
    except asyncio.CancelledError as e:
        print(tag, '#9 try', 'caught CancelledError', e.args)
    finally:
        print(tag, '#9 try', 'finally')
    print(tag, 'end')


async def w1(tag, peer):
    print(tag, 'start')
    await asyncio.sleep(0.1)
    print(tag, '#12 sleep 0.1')
    print(tag, '#13 time', now())
    t1 = track(asyncio.create_task(w2(tag + '.1', peer)))
    print(tag, '#14 create t1', t1.get_name())
    print(tag, 'end')
    return 97


async def w2(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#15 try')
        await asyncio.sleep(1)
        print(tag, '#16 sleep 1', now())
        try:
            r = await peer
            print(tag, '#17 await peer', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#17 await peer', type(e).__name__, e.args)
        try:
            print(tag, '#18 try')
            try:
                r = await asyncio.gather(peer, asyncio.shield(peer))
                print(tag, '#19 gather', repr(r))
            except (ValueError, TimeoutError) as e:
                print(tag, '#19 gather', type(e).__name__, e.args)
            print(tag, '#20 cancel peer', peer.get_name(), peer.cancel(), peer.cancel())
            await asyncio.sleep(0)
            print(tag, '#21 sleep 0')
        except ValueError as e:
            print(tag, '#18 try', 'caught ValueError', e.args)
        else:
            print(tag, '#18 try', 'else')
    except asyncio.CancelledError as e:
        print(tag, '#15 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#15 try', 'caught ValueError', e.args)
    try:
        r = await asyncio.sleep(2, 'slept')
        print(tag, '#22 sleep', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#22 sleep', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    await asyncio.sleep(0.1)
    print(tag, '#23 sleep 0.1')
    t1 = track(asyncio.create_task(w0(tag + '.1')))
    print(tag, '#24 create t1', t1.get_name())
    for _ in range(1):
        await asyncio.sleep(0)
    print(tag, '#25 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    print(tag, '#26 cancel t1', t1.get_name(), t1.cancel())
    t2 = track(asyncio.create_task(w2(tag + '.2', t1)))
    print(tag, '#27 create t2', t2.get_name())
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_EXCEPTION)
    print(tag, '#28 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    try:
        print(tag, '#29 try')
        await asyncio.sleep(0.1)
        print(tag, '#30 sleep 0.1', now())
        t3 = track(asyncio.create_task(w0(tag + '.3'), name=tag + '/t3'))
        print(tag, '#31 create t3', t3.get_name())
    finally:
        print(tag, '#29 try', 'finally')
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
