# asyncio_diffgen seed 31: tools/asyncio_diffgen.py print --seed 31
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
        await asyncio.sleep(0.5)
        print(tag, '#2 sleep 0.5', now())
        try:
            r = await asyncio.wait_for(w1(tag + '.1'), timeout=1)
            print(tag, '#3 wait_for', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#3 wait_for', type(e).__name__, e.args)
        try:
            print(tag, '#4 try')
            await asyncio.sleep(2)
            print(tag, '#5 sleep 2')
            try:
                r = await asyncio.wait_for(w1(tag + '.2'), timeout=2.5)
                print(tag, '#6 wait_for', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#6 wait_for', type(e).__name__, e.args)
        except ValueError as e:
            print(tag, '#4 try', 'caught ValueError', e.args)
        finally:
            print(tag, '#4 try', 'finally')
            await asyncio.sleep(0.5)
            print(tag, '#4 try', 'finally slept')
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#1 try', 'caught ValueError', e.args)
    t1 = track(asyncio.create_task(w1(tag + '.3')))
    print(tag, '#7 create t1', t1.get_name())
    done, pending = await asyncio.wait([t1], return_when=asyncio.FIRST_COMPLETED)
    print(tag, '#8 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    print(tag, 'end')
    return 13


async def w1(tag):
    print(tag, 'start')
    await asyncio.sleep(0)
    print(tag, '#9 sleep 0')
    try:
        r = await asyncio.wait_for(asyncio.sleep(2, 'slept'), timeout=0.05)
        print(tag, '#10 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#10 wait_for', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        print(tag, '#11 try')
        try:
            r = await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, 'slept')), timeout=2.5)
            print(tag, '#12 wait_for', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#12 wait_for', type(e).__name__, e.args)
        await asyncio.sleep(0)
        print(tag, '#13 sleep 0', now())
        raise ValueError(tag + ' gave up')
    except ValueError as e:
        print(tag, '#11 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#11 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#11 try', 'finally slept')
    try:
        r = await asyncio.wait_for(w1(tag + '.1'), timeout=1.5)
        print(tag, '#14 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#14 wait_for', type(e).__name__, e.args)
    try:
        r = await asyncio.gather(w1(tag + '.2'))
        print(tag, '#15 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#15 gather', type(e).__name__, e.args)
    t1 = track(asyncio.create_task(w1(tag + '.3')))
    print(tag, '#16 create t1', t1.get_name())
    done, pending = await asyncio.wait([t1], return_when=asyncio.FIRST_COMPLETED)
    print(tag, '#17 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    try:
        r = await asyncio.wait_for(t1, timeout=1.5)
        print(tag, '#18 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#18 wait_for', type(e).__name__, e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
