# asyncio_diffgen seed 20: tools/asyncio_diffgen.py print --seed 20
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
        r = await asyncio.sleep(2, 'slept')
        print(tag, '#1 sleep', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#1 sleep', type(e).__name__, e.args)
    t1 = track(asyncio.create_task(w1(tag + '.1')))
    print(tag, '#2 create t1', t1.get_name())
    print(tag, '#3 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    await asyncio.sleep(1)
    print(tag, '#4 sleep 1', now())
    await asyncio.sleep(0)
    print(tag, '#5 sleep 0', now())
    await asyncio.sleep(0.1)
    print(tag, '#6 sleep 0.1')
    await asyncio.sleep(1)
    print(tag, '#7 sleep 1', now())
    raise ValueError(tag + ' failed')


async def w2(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#8 try')
        await asyncio.sleep(0.5)
        print(tag, '#9 sleep 0.5')
    except asyncio.CancelledError as e:
        print(tag, '#8 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#8 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#8 try', 'finally')
        await asyncio.sleep(0.1)
        print(tag, '#8 try', 'finally slept')
    raise ValueError(tag + ' failed')


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        r = await asyncio.gather(asyncio.gather(w0(tag + '.1'), asyncio.sleep(1, 'slept'), asyncio.sleep(0, 'slept'), return_exceptions=True))
        print(tag, '#10 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#10 gather', type(e).__name__, e.args)
    try:
        print(tag, '#11 try')
        t1 = track(asyncio.create_task(w1(tag + '.2')))
        print(tag, '#12 create t1', t1.get_name())
        print(tag, '#13 cancel t1', t1.get_name(), t1.cancel(), t1.cancel())
        print(tag, '#14 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    except asyncio.CancelledError as e:
        print(tag, '#11 try', 'caught CancelledError', e.args)
    finally:
        print(tag, '#11 try', 'finally')
    try:
        print(tag, '#15 try')
        t2 = track(asyncio.create_task(w0(tag + '.3'), name=tag + '/t2'))
        print(tag, '#16 create t2', t2.get_name())
    finally:
        print(tag, '#15 try', 'finally')
    try:
        print(tag, '#17 try')
        t3 = track(asyncio.create_task(w0(tag + '.4')))
        print(tag, '#18 create t3', t3.get_name())
        raise ValueError(tag + ' gave up')
    except ValueError as e:
        print(tag, '#17 try', 'caught ValueError', e.args)
    else:
        print(tag, '#17 try', 'else')
    finally:
        print(tag, '#17 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#17 try', 'finally slept')
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
