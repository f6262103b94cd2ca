# asyncio_diffgen seed 4: tools/asyncio_diffgen.py print --seed 4
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
        try:
            print(tag, '#2 try')
            await asyncio.sleep(1)
            print(tag, '#3 sleep 1')
            t1 = track(asyncio.create_task(w1(tag + '.1'), name=tag + '/t1'))
            print(tag, '#4 create t1', t1.get_name())
            for _ in range(2):
                await asyncio.sleep(0)
            print(tag, '#5 cancel t1', t1.get_name(), t1.cancel())
            done, pending = await asyncio.wait([t1], return_when=asyncio.FIRST_COMPLETED, timeout=1.5)
            print(tag, '#6 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        except asyncio.CancelledError as e:
            print(tag, '#2 try', 'caught CancelledError', e.args)
            raise
        else:
            print(tag, '#2 try', 'else')
        finally:
            print(tag, '#2 try', 'finally')
            await asyncio.sleep(0)
            print(tag, '#2 try', 'finally slept')
        r = await asyncio.wait_for(asyncio.gather(asyncio.sleep(0, 'slept'), w1(tag + '.2'), asyncio.sleep(0, 'slept'), return_exceptions=True), timeout=0.3)
        print(tag, '#7 wait_for', repr(r))
        t2 = track(asyncio.create_task(w1(tag + '.3')))
        print(tag, '#8 create t2', t2.get_name())
        for _ in range(1):
            await asyncio.sleep(0)
        print(tag, '#9 cancel t2', t2.get_name(), t2.cancel('stop t2'))
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#1 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#1 try', 'finally')
        await asyncio.sleep(0.1)
        print(tag, '#1 try', 'finally slept')
    await asyncio.sleep(0.5)
    print(tag, '#10 sleep 0.5')
    t3 = track(asyncio.create_task(w1(tag + '.4')))
    print(tag, '#11 create t3', t3.get_name())
    print(tag, '#12 cancel t3', t3.get_name(), t3.cancel('stop t3'))
    t4 = track(asyncio.create_task(w1(tag + '.5')))
    print(tag, '#13 create t4', t4.get_name())
    r = await t4
    print(tag, '#14 await t4', repr(r))
    print(tag, 'end')
    return 73


async def w1(tag):
    print(tag, 'start')
    try:
        print(tag, '#15 try')
        await asyncio.sleep(1)
        print(tag, '#16 sleep 1')
        r = await asyncio.shield(asyncio.sleep(0.1, 'slept'))
        print(tag, '#17 shield', repr(r))
    except asyncio.CancelledError as e:
        print(tag, '#15 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#15 try', 'caught ValueError', e.args)
    try:
        print(tag, '#18 try')
        await asyncio.sleep(0.5)
        print(tag, '#19 sleep 0.5', now())
        print(tag, '#20 time', now())
        await asyncio.sleep(0)
        print(tag, '#21 sleep 0')
    except asyncio.CancelledError as e:
        print(tag, '#18 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#18 try', 'caught ValueError', e.args)
    await asyncio.sleep(2)
    print(tag, '#22 sleep 2', now())
    try:
        r = await asyncio.shield(asyncio.sleep(0.1, 'slept'))
        print(tag, '#23 shield', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#23 shield', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag, peer):
    print(tag, 'start')
    await asyncio.sleep(0)
    print(tag, '#24 sleep 0', now())
    try:
        r = await peer
        print(tag, '#25 await peer', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#25 await peer', type(e).__name__, e.args)
    await asyncio.sleep(0)
    print(tag, '#26 sleep 0')
    await asyncio.sleep(0)
    print(tag, '#27 sleep 0')
    print(tag, 'end')


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        r = await w0(tag + '.1')
        print(tag, '#28 w0', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#28 w0', type(e).__name__, e.args)
    try:
        print(tag, '#29 try')
        t1 = track(asyncio.create_task(w1(tag + '.2')))
        print(tag, '#30 create t1', t1.get_name())
        done, pending = await asyncio.wait([t1], return_when=asyncio.FIRST_EXCEPTION, timeout=0.5)
        print(tag, '#31 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        try:
            print(tag, '#32 try')
            print(tag, '#33 cancel t1', t1.get_name(), t1.cancel())
        except ValueError as e:
            print(tag, '#32 try', 'caught ValueError', e.args)
    except ValueError as e:
        print(tag, '#29 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#29 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#29 try', 'finally slept')
    await asyncio.sleep(0.1)
    print(tag, '#34 sleep 0.1', now())
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
