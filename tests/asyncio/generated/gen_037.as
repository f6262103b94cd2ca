# asyncio_diffgen seed 38: tools/asyncio_diffgen.py print --seed 38
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
    t1 = track(asyncio.create_task(w4(tag + '.1')))
    print(tag, '#1 create t1', t1.get_name())
    r = await asyncio.shield(t1)
    print(tag, '#2 shield', repr(r))
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    try:
        r = await w3(tag + '.1')
        print(tag, '#3 w3', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#3 w3', type(e).__name__, e.args)
    await asyncio.sleep(1)
    print(tag, '#4 sleep 1')
    t1 = track(asyncio.create_task(w3(tag + '.2')))
    print(tag, '#5 create t1', t1.get_name())
    await asyncio.sleep(2)
    print(tag, '#6 sleep 2')
    print(tag, 'end')
    return 48


async def w2(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#7 try')
        for _ in range(2):
            await asyncio.sleep(0)
        print(tag, '#8 cancel peer', peer.get_name(), peer.cancel(), peer.cancel())
        t1 = track(asyncio.create_task(w3(tag + '.1')))
        print(tag, '#9 create t1', t1.get_name())
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#7 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#7 try', 'caught ValueError', e.args)
    print(tag, '#10 cancel peer', peer.get_name(), peer.cancel('stop peer'))
    for _ in range(1):
        await asyncio.sleep(0)
    print(tag, '#11 cancel peer', peer.get_name(), peer.cancel())
    t2 = track(asyncio.create_task(w3(tag + '.2'), name=tag + '/t2'))
    print(tag, '#12 create t2', t2.get_name())
    try:
        r = await asyncio.wait_for(t2, timeout=0.05)
        print(tag, '#13 wait_for', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#13 wait_for', type(e).__name__, e.args)
    raise ValueError(tag + ' failed')


async def w3(tag):
    print(tag, 'start')
    try:
        print(tag, '#14 try')
        await asyncio.sleep(0.5)
        print(tag, '#15 sleep 0.5', now())
        t1 = track(asyncio.create_task(w4(tag + '.1'), name=tag + '/t1'))
        print(tag, '#16 create t1', t1.get_name())
        for _ in range(1):
            await asyncio.sleep(0)
        print(tag, '#17 cancel t1', t1.get_name(), t1.cancel())
        await asyncio.sleep(0.5)
        print(tag, '#18 sleep 0.5', now())
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#14 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    t2 = track(asyncio.create_task(w4(tag + '.2')))
    print(tag, '#19 create t2', t2.get_name())
    print(tag, '#20 cancel t2', t2.get_name(), t2.cancel('stop t2'))
    t3 = track(asyncio.create_task(w4(tag + '.3'), name=tag + '/t3'))
    print(tag, '#21 create t3', t3.get_name())
    try:
        print(tag, '#22 try')
        await asyncio.sleep(1)
        print(tag, '#23 sleep 1')
        try:
            print(tag, '#24 try')
            for _ in range(2):
                await asyncio.sleep(0)
            print(tag, '#25 cancel t2', t2.get_name(), t2.cancel())
            await asyncio.sleep(1)
            print(tag, '#26 sleep 1')
        finally:
            print(tag, '#24 try', 'finally')
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#22 try', 'caught CancelledError', e.args)
        raise
    print(tag, 'end')
    return 76


async def w4(tag):
    print(tag, 'start')
    try:
        r = await asyncio.gather(asyncio.gather(asyncio.sleep(0.1, 'slept'), return_exceptions=True), return_exceptions=True)
        print(tag, '#27 gather', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#27 gather', type(e).__name__, e.args)
    print(tag, 'end')


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w3(tag + '.1'), name=tag + '/t1'))
    print(tag, '#28 create t1', t1.get_name())
    for _ in range(4):
        await asyncio.sleep(0)
    print(tag, '#29 cancel t1', t1.get_name(), t1.cancel())
    t2 = track(asyncio.create_task(w4(tag + '.2'), name=tag + '/t2'))
    print(tag, '#30 create t2', t2.get_name())
    done, pending = await asyncio.wait([t2], return_when=asyncio.FIRST_COMPLETED, timeout=1.5)
    print(tag, '#31 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    try:
        r = await asyncio.gather(asyncio.gather(t2), asyncio.shield(asyncio.sleep(1, 'slept')), asyncio.shield(t1), return_exceptions=True)
        print(tag, '#32 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#32 gather', type(e).__name__, e.args)
    t3 = track(asyncio.create_task(w1(tag + '.3'), name=tag + '/t3'))
    print(tag, '#33 create t3', t3.get_name())
    try:
        print(tag, '#34 try')
        t4 = track(asyncio.create_task(w3(tag + '.4'), name=tag + '/t4'))
        print(tag, '#35 create t4', t4.get_name())
    finally:
        print(tag, '#34 try', 'finally')
    try:
        r = await asyncio.gather(asyncio.gather(w0(tag + '.5'), asyncio.sleep(0.5, 'slept'), asyncio.sleep(1, 'slept'), return_exceptions=True))
        print(tag, '#36 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#36 gather', type(e).__name__, e.args)
    await settle()
    report()
    for t in TASKS:
        if not t.cancelled() and t.exception() is not None:
            await t
    print(tag, 'end')


asyncio.run(main())
