# asyncio_diffgen seed 6: tools/asyncio_diffgen.py print --seed 6
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
    t1 = track(asyncio.create_task(w1(tag + '.1')))
    print(tag, '#1 create t1', t1.get_name())
    try:
        r = await asyncio.shield(t1)
        print(tag, '#2 shield', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#2 shield', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    try:
        print(tag, '#3 try')
        await asyncio.sleep(1)
        print(tag, '#4 sleep 1')
        await asyncio.sleep(0)
        print(tag, '#5 sleep 0')
    except asyncio.CancelledError as e:
        print(tag, '#3 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#3 try', 'caught ValueError', e.args)
    else:
        print(tag, '#3 try', 'else')
    await asyncio.sleep(1)
    print(tag, '#6 sleep 1')
    try:
        print(tag, '#7 try')
        await asyncio.sleep(0)
        print(tag, '#8 sleep 0')
        await asyncio.sleep(0)
        print(tag, '#9 sleep 0')
    except asyncio.CancelledError as e:
        print(tag, '#7 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#7 try', 'caught ValueError', e.args)
    try:
        print(tag, '#10 try')
        try:
            print(tag, '#11 try')
            await asyncio.sleep(2)
            print(tag, '#12 sleep 2')
            await asyncio.sleep(1)
            print(tag, '#13 sleep 1')
            try:
                r = await asyncio.sleep(2, 'slept')
                print(tag, '#14 sleep', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#14 sleep', type(e).__name__, e.args)
            await asyncio.sleep(0)
            print(tag, '#15 sleep 0', now())
            raise ValueError(tag + ' gave up')
        except asyncio.CancelledError as e:
            print(tag, '#11 try', 'caught CancelledError', e.args)
        await asyncio.sleep(0)
        print(tag, '#16 sleep 0', now())
        try:
            r = await asyncio.wait_for(asyncio.gather(asyncio.sleep(1, 'slept'), asyncio.sleep(0, 'slept')), timeout=1)
            print(tag, '#17 wait_for', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#17 wait_for', type(e).__name__, e.args)
    except ValueError as e:
        print(tag, '#10 try', 'caught ValueError', e.args)
    print(tag, 'end')
    return 12


async def main():
    tag = 'm'
    print(tag, 'start')
    await asyncio.sleep(0)
    print(tag, '#18 sleep 0', now())
    t1 = track(asyncio.create_task(w0(tag + '.1'), name=tag + '/t1'))
    print(tag, '#19 create t1', t1.get_name())
    done, pending = await asyncio.wait([t1], return_when=asyncio.FIRST_EXCEPTION)
    print(tag, '#20 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    try:
        r = await w1(tag + '.2')
        print(tag, '#21 w1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#21 w1', type(e).__name__, e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
