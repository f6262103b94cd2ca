# asyncio_diffgen seed 19: tools/asyncio_diffgen.py print --seed 19
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
        print(tag, '#1 try')
        await asyncio.sleep(0.1)
        print(tag, '#2 sleep 0.1')
        r = await w1(tag + '.1')
        print(tag, '#3 w1', repr(r))
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#1 try', 'caught ValueError', e.args)
        raise
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    try:
        r = await asyncio.wait_for(asyncio.shield(asyncio.sleep(0.1, 'slept')), timeout=0.05)
        print(tag, '#4 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#4 wait_for', type(e).__name__, e.args)
    await asyncio.sleep(0)
    print(tag, '#5 sleep 0')
    print(tag, 'end')


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        r = await w1(tag + '.1')
        print(tag, '#6 w1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#6 w1', type(e).__name__, e.args)
    await asyncio.sleep(2)
    print(tag, '#7 sleep 2')
    try:
        print(tag, '#8 try')
        t1 = track(asyncio.create_task(w1(tag + '.2')))
        print(tag, '#9 create t1', t1.get_name())
        try:
            r = await asyncio.shield(t1)
            print(tag, '#10 shield', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#10 shield', type(e).__name__, e.args)
        t2 = track(asyncio.create_task(w0(tag + '.3', t1)))
        print(tag, '#11 create t2', t2.get_name())
        await asyncio.sleep(2)
        print(tag, '#12 sleep 2')
    except ValueError as e:
        print(tag, '#8 try', 'caught ValueError', e.args)
    try:
        r = await w1(tag + '.4')
        print(tag, '#13 w1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#13 w1', type(e).__name__, e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
