# asyncio_diffgen seed 36: tools/asyncio_diffgen.py print --seed 36
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
    await asyncio.sleep(1)
    print(tag, '#1 sleep 1')
    await asyncio.sleep(1)
    print(tag, '#2 sleep 1')
    await asyncio.sleep(0.5)
    print(tag, '#3 sleep 0.5')
    t1 = track(asyncio.create_task(w2(tag + '.1'), name=tag + '/t1'))
    print(tag, '#4 create t1', t1.get_name())
    print(tag, '#5 cancel t1', t1.get_name(), t1.cancel())
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    try:
        print(tag, '#6 try')
        await asyncio.sleep(1)
        print(tag, '#7 sleep 1')
        t1 = track(asyncio.create_task(w2(tag + '.1')))
        print(tag, '#8 create t1', t1.get_name())
        for _ in range(3):
            await asyncio.sleep(0)
        print(tag, '#9 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    except asyncio.CancelledError as e:
        print(tag, '#6 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#6 try', 'caught ValueError', e.args)
    t2 = track(asyncio.create_task(w2(tag + '.2')))
    print(tag, '#10 create t2', t2.get_name())
    await asyncio.sleep(0.1)
    print(tag, '#11 sleep 0.1')
    try:
        r = await w3(tag + '.3', t2)
        print(tag, '#12 w3', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#12 w3', type(e).__name__, e.args)
    t3 = track(asyncio.create_task(w3(tag + '.4', t2)))
    print(tag, '#13 create t3', t3.get_name())
    try:
        r = await asyncio.shield(t3)
        print(tag, '#14 shield', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#14 shield', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag):
    print(tag, 'start')
    try:
        print(tag, '#15 try')
        try:
            r = await asyncio.sleep(0.1, 'slept')
            print(tag, '#16 sleep', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#16 sleep', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#15 try', 'caught CancelledError', e.args)
    await asyncio.sleep(0.5)
    print(tag, '#17 sleep 0.5')
    print(tag, 'end')
    return 16


async def w3(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#18 try')
        await asyncio.sleep(0.1)
        print(tag, '#19 sleep 0.1', now())
        await asyncio.sleep(0.1)
        print(tag, '#20 sleep 0.1')
        try:
            r = await asyncio.gather(asyncio.sleep(0.5, 'slept'), asyncio.gather(peer, peer, return_exceptions=True), peer)
            print(tag, '#21 gather', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#21 gather', type(e).__name__, e.args)
        try:
            r = await asyncio.wait_for(peer, timeout=0)
            print(tag, '#22 wait_for', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#22 wait_for', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#18 try', 'caught CancelledError', e.args)
        raise
    print(tag, '#23 cancel peer', peer.get_name(), peer.cancel())
    r = await asyncio.gather(peer, return_exceptions=True)
    print(tag, '#24 gather', repr(r))
    try:
        r = await asyncio.gather(asyncio.shield(peer))
        print(tag, '#25 gather', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#25 gather', type(e).__name__, e.args)
    raise ValueError(tag + ' failed')


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w0(tag + '.1')))
    print(tag, '#26 create t1', t1.get_name())
    print(tag, '#27 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    t2 = track(asyncio.create_task(w3(tag + '.2', t1)))
    print(tag, '#28 create t2', t2.get_name())
    print(tag, '#29 cancel t2', t2.get_name(), t2.cancel(), t2.cancel())
    try:
        r = await t1
        print(tag, '#30 await t1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#30 await t1', type(e).__name__, e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
