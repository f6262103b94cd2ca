# asyncio_diffgen seed 7: tools/asyncio_diffgen.py print --seed 7
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
        r = await asyncio.shield(asyncio.sleep(0, 'slept'))
        print(tag, '#1 shield', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#1 shield', type(e).__name__, e.args)
    try:
        r = await asyncio.gather(w2(tag + '.1', peer), peer)
        print(tag, '#2 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#2 gather', type(e).__name__, e.args)
    print(tag, 'end')
    return 44


async def w1(tag):
    print(tag, 'start')
    await asyncio.sleep(0)
    print(tag, '#3 sleep 0', now())
    await asyncio.sleep(0)
    print(tag, '#4 sleep 0')
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag, peer):
    print(tag, 'start')
    t1 = track(asyncio.create_task(w3(tag + '.1'), name=tag + '/t1'))
    print(tag, '#5 create t1', t1.get_name())
    print(tag, 'end')
    return tag + ' ok'


async def w3(tag):
    print(tag, 'start')
    await asyncio.sleep(1)
    print(tag, '#6 sleep 1', now())
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w1(tag + '.1'), name=tag + '/t1'))
    print(tag, '#7 create t1', t1.get_name())
    print(tag, '#8 cancel t1', t1.get_name(), t1.cancel())
    try:
        r = await asyncio.sleep(2, 'slept')
        print(tag, '#9 sleep', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#9 sleep', type(e).__name__, e.args)
    await asyncio.sleep(1)
    print(tag, '#10 sleep 1')
    try:
        print(tag, '#11 try')
        done, pending = await asyncio.wait([t1], return_when=asyncio.FIRST_COMPLETED)
        print(tag, '#12 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        t2 = track(asyncio.create_task(w3(tag + '.2'), name=tag + '/t2'))
        print(tag, '#13 create t2', t2.get_name())
        print(tag, '#14 cancel t2', t2.get_name(), t2.cancel(), t2.cancel())
        try:
            r = await t1
            print(tag, '#15 await t1', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#15 await t1', type(e).__name__, e.args)
    finally:
        print(tag, '#11 try', 'finally')
        await asyncio.sleep(0.1)
        print(tag, '#11 try', 'finally slept')
    await asyncio.sleep(0)
    print(tag, '#16 sleep 0')
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
