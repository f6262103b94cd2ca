# asyncio_diffgen seed 49: tools/asyncio_diffgen.py print --seed 49
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
    await asyncio.sleep(2)
    print(tag, '#1 sleep 2')
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag, peer):
    print(tag, 'start')
    done, pending = await asyncio.wait([peer], return_when=asyncio.FIRST_COMPLETED)
    print(tag, '#2 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    print(tag, '#3 cancel peer', peer.get_name(), peer.cancel())
    try:
        r = await peer
        print(tag, '#4 await peer', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#4 await peer', type(e).__name__, e.args)
    print(tag, 'end')
    return 46


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w0(tag + '.1'), name=tag + '/t1'))
    print(tag, '#5 create t1', t1.get_name())
    try:
        print(tag, '#6 try')
        for _ in range(1):
            await asyncio.sleep(0)
        print(tag, '#7 cancel t1', t1.get_name(), t1.cancel())
        t2 = track(asyncio.create_task(w0(tag + '.2')))
        print(tag, '#8 create t2', t2.get_name())
    except ValueError as e:
        print(tag, '#6 try', 'caught ValueError', e.args)
    await asyncio.sleep(2)
    print(tag, '#9 sleep 2')
    print(tag, '#10 cancel t1', t1.get_name(), t1.cancel())
    t3 = track(asyncio.create_task(w1(tag + '.3', t1), name=tag + '/t3'))
    print(tag, '#11 create t3', t3.get_name())
    try:
        r = await t3
        print(tag, '#12 await t3', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#12 await t3', type(e).__name__, e.args)
    try:
        r = await w0(tag + '.4')
        print(tag, '#13 w0', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#13 w0', type(e).__name__, e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
