# asyncio_diffgen seed 30: tools/asyncio_diffgen.py print --seed 30
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
    await asyncio.sleep(0.5)
    print(tag, '#1 sleep 0.5')
    await asyncio.sleep(0)
    print(tag, '#2 sleep 0')
    t1 = track(asyncio.create_task(w3(tag + '.1'), name=tag + '/t1'))
    print(tag, '#3 create t1', t1.get_name())
    done, pending = await asyncio.wait([t1], return_when=asyncio.ALL_COMPLETED)
    print(tag, '#4 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    try:
        r = await asyncio.wait_for(w3(tag + '.2'), timeout=0.3)
        print(tag, '#5 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#5 wait_for', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    t1 = track(asyncio.create_task(w3(tag + '.1')))
    print(tag, '#6 create t1', t1.get_name())
    try:
        r = await asyncio.gather(w3(tag + '.2'), asyncio.sleep(0, 'slept'), return_exceptions=True)
        print(tag, '#7 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#7 gather', type(e).__name__, e.args)
    r = await t1
    print(tag, '#8 await t1', repr(r))
    try:
        r = await asyncio.gather(asyncio.sleep(1, 'slept'), w3(tag + '.3'), t1, return_exceptions=True)
        print(tag, '#9 gather', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#9 gather', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag):
    print(tag, 'start')
    print(tag, '#10 time', now())
    try:
        print(tag, '#11 try')
        await asyncio.sleep(0.1)
        print(tag, '#12 sleep 0.1')
        try:
            r = await w3(tag + '.1')
            print(tag, '#13 w3', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#13 w3', type(e).__name__, e.args)
        try:
            r = await asyncio.gather(asyncio.shield(asyncio.sleep(2, 'slept')), asyncio.gather(w3(tag + '.2'), w3(tag + '.3')))
            print(tag, '#14 gather', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#14 gather', type(e).__name__, e.args)
        t1 = track(asyncio.create_task(w3(tag + '.4')))
        print(tag, '#15 create t1', t1.get_name())
    except asyncio.CancelledError as e:
        print(tag, '#11 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#11 try', 'caught ValueError', e.args)
        raise
    finally:
        print(tag, '#11 try', 'finally')
    print(tag, 'end')
    return 80


async def w3(tag):
    print(tag, 'start')
    try:
        print(tag, '#16 try')
        await asyncio.sleep(0.1)
        print(tag, '#17 sleep 0.1')
        await asyncio.sleep(0)
        print(tag, '#18 sleep 0')
    except asyncio.CancelledError as e:
        print(tag, '#16 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#16 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#16 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#16 try', 'finally slept')
    try:
        r = await asyncio.shield(asyncio.sleep(0.1, 'slept'))
        print(tag, '#19 shield', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#19 shield', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w1(tag + '.1')))
    print(tag, '#20 create t1', t1.get_name())
    done, pending = await asyncio.wait([t1], return_when=asyncio.FIRST_COMPLETED)
    print(tag, '#21 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    await asyncio.sleep(2)
    print(tag, '#22 sleep 2')
    t2 = track(asyncio.create_task(w2(tag + '.2')))
    print(tag, '#23 create t2', t2.get_name())
    t3 = track(asyncio.create_task(w2(tag + '.3'), name=tag + '/t3'))
    print(tag, '#24 create t3', t3.get_name())
    t4 = track(asyncio.create_task(w1(tag + '.4'), name=tag + '/t4'))
    print(tag, '#25 create t4', t4.get_name())
    await asyncio.sleep(0)
    print(tag, '#26 sleep 0')
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
