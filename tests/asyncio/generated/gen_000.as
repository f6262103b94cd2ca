# asyncio_diffgen seed 1: tools/asyncio_diffgen.py print --seed 1
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
        print(tag, '#2 sleep 0.5')
        t1 = track(asyncio.create_task(w2(tag + '.1')))
        print(tag, '#3 create t1', t1.get_name())
        try:
            r = await asyncio.shield(t1)
            print(tag, '#4 shield', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#4 shield', type(e).__name__, e.args)
        r = await asyncio.gather(w2(tag + '.2'), asyncio.gather(t1, w2(tag + '.3'), asyncio.sleep(2, 'slept'), return_exceptions=True))
        print(tag, '#5 gather', repr(r))
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
        raise
    t2 = track(asyncio.create_task(w2(tag + '.4'), name=tag + '/t2'))
    print(tag, '#6 create t2', t2.get_name())
    await asyncio.sleep(1)
    print(tag, '#7 sleep 1')
    print(tag, '#8 cancel t2', t2.get_name(), t2.cancel('stop t2'))
    raise ValueError(tag + ' failed')


async def w1(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#9 try')
        print(tag, '#10 cancel peer', peer.get_name(), peer.cancel('stop peer'))
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#9 try', 'caught CancelledError', e.args)
    else:
        print(tag, '#9 try', 'else')
    finally:
        print(tag, '#9 try', 'finally')
    try:
        print(tag, '#11 try')
        t1 = track(asyncio.create_task(w2(tag + '.1')))
        print(tag, '#12 create t1', t1.get_name())
        t2 = track(asyncio.create_task(w2(tag + '.2')))
        print(tag, '#13 create t2', t2.get_name())
        t3 = track(asyncio.create_task(w2(tag + '.3'), name=tag + '/t3'))
        print(tag, '#14 create t3', t3.get_name())
        t4 = track(asyncio.create_task(w2(tag + '.4'), name=tag + '/t4'))
        print(tag, '#15 create t4', t4.get_name())
        done, pending = await asyncio.wait([t2, t3, t4], return_when=asyncio.FIRST_COMPLETED)
        print(tag, '#16 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        t5 = track(asyncio.create_task(w2(tag + '.5')))
        print(tag, '#17 create t5', t5.get_name())
        print(tag, '#18 cancel t5', t5.get_name(), t5.cancel('stop t5'))
    except asyncio.CancelledError as e:
        print(tag, '#11 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#11 try', 'caught ValueError', e.args)
    try:
        print(tag, '#19 try')
        try:
            r = await asyncio.gather(asyncio.shield(asyncio.sleep(2, 'slept')), w2(tag + '.6'), w2(tag + '.7'), return_exceptions=True)
            print(tag, '#20 gather', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#20 gather', type(e).__name__, e.args)
        t6 = track(asyncio.create_task(w2(tag + '.8')))
        print(tag, '#21 create t6', t6.get_name())
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#19 try', 'caught CancelledError', e.args)
        raise
    else:
        print(tag, '#19 try', 'else')
    finally:
        print(tag, '#19 try', 'finally')
        await asyncio.sleep(0.5)
        print(tag, '#19 try', 'finally slept')
    print(tag, 'end')
    return 66


async def w2(tag):
    print(tag, 'start')
    await asyncio.sleep(0.5)
    print(tag, '#22 sleep 0.5')
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        r = await asyncio.wait_for(w2(tag + '.1'), timeout=2.5)
        print(tag, '#23 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#23 wait_for', type(e).__name__, e.args)
    try:
        r = await w2(tag + '.2')
        print(tag, '#24 w2', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#24 w2', type(e).__name__, e.args)
    print(tag, '#25 time', now())
    await asyncio.sleep(0)
    print(tag, '#26 sleep 0')
    await asyncio.sleep(0)
    print(tag, '#27 sleep 0')
    t1 = track(asyncio.create_task(w2(tag + '.3'), name=tag + '/t1'))
    print(tag, '#28 create t1', t1.get_name())
    try:
        r = await asyncio.shield(t1)
        print(tag, '#29 shield', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#29 shield', type(e).__name__, e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
