# asyncio_diffgen seed 46: tools/asyncio_diffgen.py print --seed 46
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
        print(tag, '#2 sleep 0.5')
        t1 = track(asyncio.create_task(w1(tag + '.1'), name=tag + '/t1'))
        print(tag, '#3 create t1', t1.get_name())
        done, pending = await asyncio.wait([t1], return_when=asyncio.FIRST_EXCEPTION, timeout=0.5)
        print(tag, '#4 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        try:
            r = await asyncio.gather(w1(tag + '.2'), return_exceptions=True)
            print(tag, '#5 gather', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#5 gather', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
        raise
    t2 = track(asyncio.create_task(w1(tag + '.3'), name=tag + '/t2'))
    print(tag, '#6 create t2', t2.get_name())
    for _ in range(3):
        await asyncio.sleep(0)
    print(tag, '#7 cancel t2', t2.get_name(), t2.cancel('stop t2'), t2.cancel())
    print(tag, '#8 cancel t2', t2.get_name(), t2.cancel())
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    await asyncio.sleep(0)
    print(tag, '#9 sleep 0')
    try:
        print(tag, '#10 try')
        await asyncio.sleep(0.1)
        print(tag, '#11 sleep 0.1')
    except asyncio.CancelledError as e:
        print(tag, '#10 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#10 try', 'caught ValueError', e.args)
        raise
    finally:
        print(tag, '#10 try', 'finally')
    raise ValueError(tag + ' failed')


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w1(tag + '.1')))
    print(tag, '#12 create t1', t1.get_name())
    done, pending = await asyncio.wait([t1], return_when=asyncio.FIRST_COMPLETED)
    print(tag, '#13 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    await asyncio.sleep(0.5)
    print(tag, '#14 sleep 0.5')
    try:
        print(tag, '#15 try')
        for _ in range(1):
            await asyncio.sleep(0)
        print(tag, '#16 cancel t1', t1.get_name(), t1.cancel('stop t1'))
        print(tag, '#17 time', now())
        raise ValueError(tag + ' gave up')
    except ValueError as e:
        print(tag, '#15 try', 'caught ValueError', e.args)
    print(tag, '#18 time', now())
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
