# asyncio_diffgen seed 42: tools/asyncio_diffgen.py print --seed 42
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
    await asyncio.sleep(0)
    print(tag, '#1 sleep 0')
    try:
        r = await asyncio.wait_for(asyncio.shield(asyncio.sleep(2, 'slept')), timeout=1.5)
        print(tag, '#2 wait_for', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#2 wait_for', type(e).__name__, e.args)
    await asyncio.sleep(0)
    print(tag, '#3 sleep 0', now())
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#4 try')
        await asyncio.sleep(0.5)
        print(tag, '#5 sleep 0.5', now())
        await asyncio.sleep(0)
        print(tag, '#6 sleep 0')
        await asyncio.sleep(0)
        print(tag, '#7 sleep 0')
    except asyncio.CancelledError as e:
        print(tag, '#4 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#4 try', 'caught ValueError', e.args)
    done, pending = await asyncio.wait([peer], return_when=asyncio.FIRST_COMPLETED, timeout=0.5)
    print(tag, '#8 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    raise ValueError(tag + ' failed')


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        print(tag, '#9 try')
        try:
            r = await w0(tag + '.1')
            print(tag, '#10 w0', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#10 w0', type(e).__name__, e.args)
    except ValueError as e:
        print(tag, '#9 try', 'caught ValueError', e.args)
    await asyncio.sleep(2)
    print(tag, '#11 sleep 2', now())
    t1 = track(asyncio.create_task(w0(tag + '.2')))
    print(tag, '#12 create t1', t1.get_name())
    for _ in range(2):
        await asyncio.sleep(0)
    print(tag, '#13 cancel t1', t1.get_name(), t1.cancel())
    done, pending = await asyncio.wait([t1], return_when=asyncio.FIRST_COMPLETED)
    print(tag, '#14 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
