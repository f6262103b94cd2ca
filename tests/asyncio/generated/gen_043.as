# asyncio_diffgen seed 44: tools/asyncio_diffgen.py print --seed 44
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
    for _ in range(1):
        await asyncio.sleep(0)
    print(tag, '#1 cancel peer', peer.get_name(), peer.cancel())
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    try:
        r = await w4(tag + '.1')
        print(tag, '#2 w4', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#2 w4', type(e).__name__, e.args)
    await asyncio.sleep(0.5)
    print(tag, '#3 sleep 0.5')
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#4 try')
        await asyncio.sleep(0.5)
        print(tag, '#5 sleep 0.5')
        t1 = track(asyncio.create_task(w4(tag + '.1')))
        print(tag, '#6 create t1', t1.get_name())
        print(tag, '#7 cancel t1', t1.get_name(), t1.cancel())
    except asyncio.CancelledError as e:
        print(tag, '#4 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#4 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#4 try', 'finally')
    t2 = track(asyncio.create_task(w4(tag + '.2')))
    print(tag, '#8 create t2', t2.get_name())
    t3 = track(asyncio.create_task(w3(tag + '.3', t2), name=tag + '/t3'))
    print(tag, '#9 create t3', t3.get_name())
    done, pending = await asyncio.wait([t3], return_when=asyncio.FIRST_EXCEPTION)
    print(tag, '#10 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    print(tag, 'end')
    return 72


async def w3(tag, peer):
    print(tag, 'start')
    print(tag, '#11 cancel peer', peer.get_name(), peer.cancel())
    try:
        r = await peer
        print(tag, '#12 await peer', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#12 await peer', type(e).__name__, e.args)
    await asyncio.sleep(0.1)
    print(tag, '#13 sleep 0.1', now())
    print(tag, 'end')
    return tag + ' ok'


async def w4(tag):
    print(tag, 'start')
    await asyncio.sleep(0)
    print(tag, '#14 sleep 0', now())
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w4(tag + '.1')))
    print(tag, '#15 create t1', t1.get_name())
    try:
        print(tag, '#16 try')
        t2 = track(asyncio.create_task(w2(tag + '.2', t1)))
        print(tag, '#17 create t2', t2.get_name())
    except ValueError as e:
        print(tag, '#16 try', 'caught ValueError', e.args)
    await asyncio.sleep(0.1)
    print(tag, '#18 sleep 0.1', now())
    await settle()
    report()
    for t in TASKS:
        if not t.cancelled() and t.exception() is not None:
            await t
    print(tag, 'end')


asyncio.run(main())
