# asyncio_diffgen seed 28: tools/asyncio_diffgen.py print --seed 28
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
        print(tag, '#2 try')
        await asyncio.sleep(1)
        print(tag, '#3 sleep 1', now())
        try:
            print(tag, '#4 try')
            await asyncio.sleep(1)
            print(tag, '#5 sleep 1', now())
            t2 = track(asyncio.create_task(w1(tag + '.2'), name=tag + '/t2'))
            print(tag, '#6 create t2', t2.get_name())
            print(tag, '#7 cancel t2', t2.get_name(), t2.cancel())
            r = await asyncio.gather(t1)
            print(tag, '#8 gather', repr(r))
            raise ValueError(tag + ' gave up')
        except asyncio.CancelledError as e:
            print(tag, '#4 try', 'caught CancelledError', e.args)
            raise
        except ValueError as e:
            print(tag, '#4 try', 'caught ValueError', e.args)
        finally:
            print(tag, '#4 try', 'finally')
        try:
            print(tag, '#9 try')
            await asyncio.sleep(0.5)
            print(tag, '#10 sleep 0.5')
            r = await t1
            print(tag, '#11 await t1', repr(r))
            t3 = track(asyncio.create_task(w1(tag + '.3'), name=tag + '/t3'))
            print(tag, '#12 create t3', t3.get_name())
            raise ValueError(tag + ' gave up')
        except asyncio.CancelledError as e:
            print(tag, '#9 try', 'caught CancelledError', e.args)
            return tag + ' rescued'
        finally:
            print(tag, '#9 try', 'finally')
            await asyncio.sleep(0)
            print(tag, '#9 try', 'finally slept')
        print(tag, '#13 time', now())
    except asyncio.CancelledError as e:
        print(tag, '#2 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#2 try', 'caught ValueError', e.args)
        raise
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    await asyncio.sleep(2)
    print(tag, '#14 sleep 2')
    try:
        r = await asyncio.shield(asyncio.sleep(0, 'slept'))
        print(tag, '#15 shield', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#15 shield', type(e).__name__, e.args)
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        r = await asyncio.gather(w1(tag + '.1'), asyncio.gather(w0(tag + '.2'), asyncio.sleep(0, 'slept'), asyncio.sleep(1, 'slept')), w1(tag + '.3'))
        print(tag, '#16 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#16 gather', type(e).__name__, e.args)
    try:
        r = await asyncio.wait_for(asyncio.gather(w1(tag + '.4'), w0(tag + '.5'), return_exceptions=True), timeout=1.5)
        print(tag, '#17 wait_for', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#17 wait_for', type(e).__name__, e.args)
    try:
        r = await asyncio.gather(w0(tag + '.6'), asyncio.gather(w1(tag + '.7'), return_exceptions=True), asyncio.gather(w0(tag + '.8'), return_exceptions=True))
        print(tag, '#18 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#18 gather', type(e).__name__, e.args)
    await asyncio.sleep(0.5)
    print(tag, '#19 sleep 0.5')
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
