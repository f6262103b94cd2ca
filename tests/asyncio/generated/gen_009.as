# asyncio_diffgen seed 10: tools/asyncio_diffgen.py print --seed 10
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
        r = await w1(tag + '.1')
        print(tag, '#1 w1', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#1 w1', type(e).__name__, e.args)
    print(tag, 'end')
    return 31


async def w1(tag):
    print(tag, 'start')
    try:
        r = await asyncio.gather(asyncio.gather(asyncio.sleep(0.5, 'slept'), return_exceptions=True), asyncio.shield(asyncio.sleep(0.1, 'slept')), return_exceptions=True)
        print(tag, '#2 gather', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#2 gather', type(e).__name__, e.args)
    try:
        r = await asyncio.shield(asyncio.sleep(0.5, 'slept'))
        print(tag, '#3 shield', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#3 shield', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w1(tag + '.1')))
    print(tag, '#4 create t1', t1.get_name())
    try:
        r = await asyncio.shield(t1)
        print(tag, '#5 shield', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#5 shield', type(e).__name__, e.args)
    await asyncio.sleep(0)
    print(tag, '#6 sleep 0')
    t2 = track(asyncio.create_task(w0(tag + '.2')))
    print(tag, '#7 create t2', t2.get_name())
    print(tag, '#8 time', now())
    for _ in range(3):
        await asyncio.sleep(0)
    print(tag, '#9 cancel t1', t1.get_name(), t1.cancel())
    try:
        print(tag, '#10 try')
        try:
            print(tag, '#11 try')
            await asyncio.sleep(1)
            print(tag, '#12 sleep 1', now())
            await asyncio.sleep(0.5)
            print(tag, '#13 sleep 0.5')
        except ValueError as e:
            print(tag, '#11 try', 'caught ValueError', e.args)
        finally:
            print(tag, '#11 try', 'finally')
            await asyncio.sleep(0)
            print(tag, '#11 try', 'finally slept')
    except ValueError as e:
        print(tag, '#10 try', 'caught ValueError', e.args)
    try:
        r = await asyncio.sleep(2, 'slept')
        print(tag, '#14 sleep', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#14 sleep', type(e).__name__, e.args)
    await settle()
    report()
    for t in TASKS:
        if not t.cancelled() and t.exception() is not None:
            await t
    print(tag, 'end')


asyncio.run(main())
