# asyncio_diffgen seed 39: tools/asyncio_diffgen.py print --seed 39
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
        await asyncio.sleep(0.5)
        print(tag, '#2 sleep 0.5', now())
        r = await asyncio.wait_for(asyncio.sleep(0, 'slept'), timeout=2.5)
        print(tag, '#3 wait_for', repr(r))
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#1 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#1 try', 'finally')
        await asyncio.sleep(0.1)
        print(tag, '#1 try', 'finally slept')
    t1 = track(asyncio.create_task(w1(tag + '.1')))
    print(tag, '#4 create t1', t1.get_name())
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    await asyncio.sleep(0.5)
    print(tag, '#5 sleep 0.5')
    try:
        r = await asyncio.wait_for(asyncio.shield(asyncio.sleep(2, 'slept')), timeout=0.3)
        print(tag, '#6 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#6 wait_for', type(e).__name__, e.args)
    print(tag, 'end')
    return 43


async def w2(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#7 try')
        await asyncio.sleep(1)
        print(tag, '#8 sleep 1')
        await asyncio.sleep(0)
        print(tag, '#9 sleep 0', now())
        try:
            print(tag, '#10 try')
            await asyncio.sleep(0.1)
            print(tag, '#11 sleep 0.1')
            try:
                r = await peer
                print(tag, '#12 await peer', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#12 await peer', type(e).__name__, e.args)
            await asyncio.sleep(0)
            print(tag, '#13 sleep 0')
            print(tag, '#14 cancel peer', peer.get_name(), peer.cancel())
        except asyncio.CancelledError as e:
            print(tag, '#10 try', 'caught CancelledError', e.args)
            raise
        except ValueError as e:
            print(tag, '#10 try', 'caught ValueError', e.args)
        finally:
            print(tag, '#10 try', 'finally')
            await asyncio.sleep(0.5)
            print(tag, '#10 try', 'finally slept')
        try:
            r = await peer
            print(tag, '#15 await peer', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#15 await peer', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#7 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#7 try', 'caught ValueError', e.args)
    try:
        r = await asyncio.wait_for(asyncio.gather(asyncio.sleep(0, 'slept'), asyncio.sleep(2, 'slept'), peer), timeout=1.5)
        print(tag, '#16 wait_for', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#16 wait_for', type(e).__name__, e.args)
    raise ValueError(tag + ' failed')


async def main():
    tag = 'm'
    print(tag, 'start')
    await asyncio.sleep(0)
    print(tag, '#17 sleep 0', now())
    await asyncio.sleep(0.5)
    print(tag, '#18 sleep 0.5', now())
    print(tag, '#19 time', now())
    t1 = track(asyncio.create_task(w1(tag + '.1')))
    print(tag, '#20 create t1', t1.get_name())
    for _ in range(3):
        await asyncio.sleep(0)
    print(tag, '#21 cancel t1', t1.get_name(), t1.cancel())
    done, pending = await asyncio.wait([t1], return_when=asyncio.ALL_COMPLETED, timeout=1)
    print(tag, '#22 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    try:
        print(tag, '#23 try')
        try:
            print(tag, '#24 try')
            print(tag, '#25 cancel t1', t1.get_name(), t1.cancel('stop t1'))
            await asyncio.sleep(0)
            print(tag, '#26 sleep 0')
        except ValueError as e:
            print(tag, '#24 try', 'caught ValueError', e.args)
    except ValueError as e:
        print(tag, '#23 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#23 try', 'finally')
    await asyncio.sleep(1)
    print(tag, '#27 sleep 1', now())
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
