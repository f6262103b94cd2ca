# asyncio_diffgen seed 13: tools/asyncio_diffgen.py print --seed 13
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
    t1 = track(asyncio.create_task(w1(tag + '.1'), name=tag + '/t1'))
    print(tag, '#1 create t1', t1.get_name())
    print(tag, '#2 cancel t1', t1.get_name(), t1.cancel())
    t2 = track(asyncio.create_task(w1(tag + '.2'), name=tag + '/t2'))
    print(tag, '#3 create t2', t2.get_name())
    print(tag, '#4 cancel t2', t2.get_name(), t2.cancel())
    print(tag, 'end')
    return 94


async def w1(tag):
    print(tag, 'start')
    await asyncio.sleep(0)
    print(tag, '#5 sleep 0')
    await asyncio.sleep(0.5)
    print(tag, '#6 sleep 0.5', now())
    print(tag, 'end')
    return 17


async def w2(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#7 try')
        print(tag, '#8 time', now())
        t1 = track(asyncio.create_task(w3(tag + '.1', peer)))
        print(tag, '#9 create t1', t1.get_name())
        t2 = track(asyncio.create_task(w3(tag + '.2', t1)))
        print(tag, '#10 create t2', t2.get_name())
        done, pending = await asyncio.wait([t1, t2], return_when=asyncio.ALL_COMPLETED)
        print(tag, '#11 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    except ValueError as e:
        print(tag, '#7 try', 'caught ValueError', e.args)
    print(tag, 'end')
    return tag + ' ok'


async def w3(tag, peer):
    print(tag, 'start')
    print(tag, '#12 cancel peer', peer.get_name(), peer.cancel())
    await asyncio.sleep(0)
    print(tag, '#13 sleep 0')
    raise ValueError(tag + ' failed')


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        print(tag, '#14 try')
        t1 = track(asyncio.create_task(w0(tag + '.1')))
        print(tag, '#15 create t1', t1.get_name())
        try:
            r = await asyncio.gather(asyncio.shield(t1), asyncio.sleep(2, 'slept'), w2(tag + '.2', t1), return_exceptions=True)
            print(tag, '#16 gather', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#16 gather', type(e).__name__, e.args)
        t2 = track(asyncio.create_task(w0(tag + '.3')))
        print(tag, '#17 create t2', t2.get_name())
        raise ValueError(tag + ' gave up')
    except ValueError as e:
        print(tag, '#14 try', 'caught ValueError', e.args)
    t3 = track(asyncio.create_task(w0(tag + '.4')))
    print(tag, '#18 create t3', t3.get_name())
    print(tag, '#19 cancel t3', t3.get_name(), t3.cancel())
    await asyncio.sleep(0.1)
    print(tag, '#20 sleep 0.1', now())
    t4 = track(asyncio.create_task(w2(tag + '.5', t3)))
    print(tag, '#21 create t4', t4.get_name())
    try:
        r = await asyncio.wait_for(asyncio.sleep(0.1, 'slept'), timeout=0)
        print(tag, '#22 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#22 wait_for', type(e).__name__, e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
