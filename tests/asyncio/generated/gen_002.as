# asyncio_diffgen seed 3: tools/asyncio_diffgen.py print --seed 3
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
        r = await asyncio.gather(asyncio.gather(w2(tag + '.1'), w1(tag + '.2'), asyncio.sleep(2, 'slept'), return_exceptions=True), return_exceptions=True)
        print(tag, '#1 gather', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#1 gather', type(e).__name__, e.args)
    t1 = track(asyncio.create_task(w2(tag + '.3'), name=tag + '/t1'))
    print(tag, '#2 create t1', t1.get_name())
    await asyncio.sleep(2)
    print(tag, '#3 sleep 2', now())
    print(tag, 'end')
    return 81


async def w1(tag):
    print(tag, 'start')
    try:
        print(tag, '#4 try')
        await asyncio.sleep(1)
        print(tag, '#5 sleep 1')
        t1 = track(asyncio.create_task(w2(tag + '.1')))
        print(tag, '#6 create t1', t1.get_name())
        done, pending = await asyncio.wait([t1], return_when=asyncio.ALL_COMPLETED)
        print(tag, '#7 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        t2 = track(asyncio.create_task(w2(tag + '.2')))
        print(tag, '#8 create t2', t2.get_name())
        print(tag, '#9 cancel t2', t2.get_name(), t2.cancel('stop t2'))
    except asyncio.CancelledError as e:
        print(tag, '#4 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#4 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#4 try', 'finally')
        await asyncio.sleep(0.5)
        print(tag, '#4 try', 'finally slept')
    t3 = track(asyncio.create_task(w2(tag + '.3'), name=tag + '/t3'))
    print(tag, '#10 create t3', t3.get_name())
    try:
        print(tag, '#11 try')
        try:
            print(tag, '#12 try')
            await asyncio.sleep(0.1)
            print(tag, '#13 sleep 0.1')
            t4 = track(asyncio.create_task(w2(tag + '.4')))
            print(tag, '#14 create t4', t4.get_name())
            print(tag, '#15 time', now())
            t5 = track(asyncio.create_task(w2(tag + '.5'), name=tag + '/t5'))
            print(tag, '#16 create t5', t5.get_name())
        except asyncio.CancelledError as e:
            print(tag, '#12 try', 'caught CancelledError', e.args)
        except ValueError as e:
            print(tag, '#12 try', 'caught ValueError', e.args)
        finally:
            print(tag, '#12 try', 'finally')
            await asyncio.sleep(0.5)
            print(tag, '#12 try', 'finally slept')
        await asyncio.sleep(0.1)
        print(tag, '#17 sleep 0.1')
    except ValueError as e:
        print(tag, '#11 try', 'caught ValueError', e.args)
    r = await w2(tag + '.6')
    print(tag, '#18 w2', repr(r))
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag):
    print(tag, 'start')
    try:
        print(tag, '#19 try')
        await asyncio.sleep(0.5)
        print(tag, '#20 sleep 0.5', now())
        await asyncio.sleep(2)
        print(tag, '#21 sleep 2')
        print(tag, '#22 time', now())
    except asyncio.CancelledError as e:
        print(tag, '#19 try', 'caught CancelledError', e.args)
    else:
        print(tag, '#19 try', 'else')
    finally:
        print(tag, '#19 try', 'finally')
    await asyncio.sleep(2)
    print(tag, '#23 sleep 2')
    await asyncio.sleep(1)
    print(tag, '#24 sleep 1', now())
    await asyncio.sleep(0.1)
    print(tag, '#25 sleep 0.1')
    await asyncio.sleep(0.5)
    print(tag, '#26 sleep 0.5')
    print(tag, 'end')


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        r = await w1(tag + '.1')
        print(tag, '#27 w1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#27 w1', type(e).__name__, e.args)
    t1 = track(asyncio.create_task(w1(tag + '.2')))
    print(tag, '#28 create t1', t1.get_name())
    t2 = track(asyncio.create_task(w2(tag + '.3'), name=tag + '/t2'))
    print(tag, '#29 create t2', t2.get_name())
    print(tag, '#30 time', now())
    try:
        print(tag, '#31 try')
        done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_EXCEPTION)
        print(tag, '#32 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        t3 = track(asyncio.create_task(w1(tag + '.4'), name=tag + '/t3'))
        print(tag, '#33 create t3', t3.get_name())
        done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED, timeout=1.5)
        print(tag, '#34 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    except ValueError as e:
        print(tag, '#31 try', 'caught ValueError', e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
