# asyncio_diffgen seed 16: tools/asyncio_diffgen.py print --seed 16
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
    print(tag, '#1 cancel peer', peer.get_name(), peer.cancel('stop peer'))
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag, peer):
    print(tag, 'start')
    try:
        r = await asyncio.wait_for(asyncio.shield(asyncio.sleep(0.1, 'slept')), timeout=1.5)
        print(tag, '#2 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#2 wait_for', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#3 try')
        print(tag, '#4 time', now())
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#3 try', 'caught CancelledError', e.args)
    try:
        r = await asyncio.wait_for(peer, timeout=1)
        print(tag, '#5 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#5 wait_for', type(e).__name__, e.args)
    t1 = track(asyncio.create_task(w3(tag + '.1'), name=tag + '/t1'))
    print(tag, '#6 create t1', t1.get_name())
    print(tag, '#7 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    t2 = track(asyncio.create_task(w3(tag + '.2')))
    print(tag, '#8 create t2', t2.get_name())
    t3 = track(asyncio.create_task(w3(tag + '.3'), name=tag + '/t3'))
    print(tag, '#9 create t3', t3.get_name())
    done, pending = await asyncio.wait([t3], return_when=asyncio.ALL_COMPLETED)
    print(tag, '#10 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    print(tag, 'end')


async def w3(tag):
    print(tag, 'start')
    try:
        print(tag, '#11 try')
        await asyncio.sleep(2)
        print(tag, '#12 sleep 2', now())
        await asyncio.sleep(0.1)
        print(tag, '#13 sleep 0.1')
        try:
            print(tag, '#14 try')
            await asyncio.sleep(1)
            print(tag, '#15 sleep 1')
            raise ValueError(tag + ' gave up')
        except asyncio.CancelledError as e:
            print(tag, '#14 try', 'caught CancelledError', e.args)
            return tag + ' rescued'
        except ValueError as e:
            print(tag, '#14 try', 'caught ValueError', e.args)
        finally:
            print(tag, '#14 try', 'finally')
            await asyncio.sleep(0.1)
            print(tag, '#14 try', 'finally slept')
    except asyncio.CancelledError as e:
        print(tag, '#11 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#11 try', 'caught ValueError', e.args)
        raise
    finally:
        print(tag, '#11 try', 'finally')
    try:
        print(tag, '#16 try')
        try:
            r = await asyncio.shield(asyncio.sleep(0.1, 'slept'))
            print(tag, '#17 shield', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#17 shield', type(e).__name__, e.args)
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#16 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#16 try', 'caught ValueError', e.args)
    try:
        print(tag, '#18 try')
        await asyncio.sleep(0.1)
        print(tag, '#19 sleep 0.1')
        try:
            print(tag, '#20 try')
            await asyncio.sleep(0.1)
            print(tag, '#21 sleep 0.1')
            r = await asyncio.gather(asyncio.gather(asyncio.sleep(0, 'slept'), asyncio.sleep(0, 'slept'), asyncio.sleep(1, 'slept'), return_exceptions=True), asyncio.sleep(2, 'slept'), asyncio.sleep(0, 'slept'))
            print(tag, '#22 gather', repr(r))
            try:
                r = await asyncio.wait_for(asyncio.gather(asyncio.sleep(0, 'slept'), return_exceptions=True), timeout=0.3)
                print(tag, '#23 wait_for', repr(r))
            except (ValueError, TimeoutError) as e:
                print(tag, '#23 wait_for', type(e).__name__, e.args)
            raise ValueError(tag + ' gave up')
        except asyncio.CancelledError as e:
            print(tag, '#20 try', 'caught CancelledError', e.args)
            raise
        else:
            print(tag, '#20 try', 'else')
    except asyncio.CancelledError as e:
        print(tag, '#18 try', 'caught CancelledError', e.args)
    raise ValueError(tag + ' failed')


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w3(tag + '.1'), name=tag + '/t1'))
    print(tag, '#24 create t1', t1.get_name())
    print(tag, '#25 cancel t1', t1.get_name(), t1.cancel())
    print(tag, '#26 time', now())
    t2 = track(asyncio.create_task(w2(tag + '.2', t1)))
    print(tag, '#27 create t2', t2.get_name())
    print(tag, '#28 cancel t2', t2.get_name(), t2.cancel())
    try:
        r = await w3(tag + '.3')
        print(tag, '#29 w3', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#29 w3', type(e).__name__, e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
