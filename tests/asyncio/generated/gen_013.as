# asyncio_diffgen seed 14: tools/asyncio_diffgen.py print --seed 14
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
        await asyncio.sleep(1)
        print(tag, '#2 sleep 1')
        t1 = track(asyncio.create_task(w1(tag + '.1'), name=tag + '/t1'))
        print(tag, '#3 create t1', t1.get_name())
        print(tag, '#4 cancel t1', t1.get_name(), t1.cancel('stop t1'), t1.cancel())
        await asyncio.sleep(1)
        print(tag, '#5 sleep 1')
        await asyncio.sleep(0)
        print(tag, '#6 sleep 0')
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#1 try', 'caught ValueError', e.args)
    try:
        print(tag, '#7 try')
        try:
            print(tag, '#8 try')
            await asyncio.sleep(0.5)
            print(tag, '#9 sleep 0.5')
            try:
                r = await w1(tag + '.2')
                print(tag, '#10 w1', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#10 w1', type(e).__name__, e.args)
            await asyncio.sleep(0.5)
            print(tag, '#11 sleep 0.5', now())
        except asyncio.CancelledError as e:
            print(tag, '#8 try', 'caught CancelledError', e.args)
            raise
        except ValueError as e:
            print(tag, '#8 try', 'caught ValueError', e.args)
    except asyncio.CancelledError as e:
        print(tag, '#7 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#7 try', 'caught ValueError', e.args)
    print(tag, 'end')
    return 13


async def w1(tag):
    print(tag, 'start')
    await asyncio.sleep(0.1)
    print(tag, '#12 sleep 0.1', now())
    await asyncio.sleep(0.5)
    print(tag, '#13 sleep 0.5')
    print(tag, 'end')
    return 51


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w1(tag + '.1'), name=tag + '/t1'))
    print(tag, '#14 create t1', t1.get_name())
    try:
        r = await asyncio.shield(t1)
        print(tag, '#15 shield', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#15 shield', type(e).__name__, e.args)
    await asyncio.sleep(2)
    print(tag, '#16 sleep 2', now())
    try:
        r = await asyncio.wait_for(t1, timeout=0.05)
        print(tag, '#17 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#17 wait_for', type(e).__name__, e.args)
    try:
        r = await asyncio.wait_for(t1, timeout=0)
        print(tag, '#18 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#18 wait_for', type(e).__name__, e.args)
    for _ in range(1):
        await asyncio.sleep(0)
    print(tag, '#19 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    try:
        print(tag, '#20 try')
        try:
            print(tag, '#21 try')
            await asyncio.sleep(1)
            print(tag, '#22 sleep 1')
            await asyncio.sleep(0)
            print(tag, '#23 sleep 0')
            done, pending = await asyncio.wait([t1], return_when=asyncio.ALL_COMPLETED)
            print(tag, '#24 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        except asyncio.CancelledError as e:
            print(tag, '#21 try', 'caught CancelledError', e.args)
        try:
            r = await asyncio.wait_for(t1, timeout=0.3)
            print(tag, '#25 wait_for', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#25 wait_for', type(e).__name__, e.args)
    except ValueError as e:
        print(tag, '#20 try', 'caught ValueError', e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
