# asyncio_diffgen seed 2: tools/asyncio_diffgen.py print --seed 2
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
        r = await asyncio.gather(asyncio.gather(asyncio.sleep(0.1, 'slept')), asyncio.shield(asyncio.sleep(0, 'slept')))
        print(tag, '#1 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#1 gather', type(e).__name__, e.args)
    try:
        r = await asyncio.shield(asyncio.sleep(1, 'slept'))
        print(tag, '#2 shield', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#2 shield', type(e).__name__, e.args)
    try:
        print(tag, '#3 try')
        await asyncio.sleep(0.1)
        print(tag, '#4 sleep 0.1')
        try:
            print(tag, '#5 try')
            try:
                r = await asyncio.gather(asyncio.gather(asyncio.sleep(0.5, 'slept'), asyncio.sleep(0.5, 'slept'), return_exceptions=True), asyncio.gather(asyncio.sleep(0.5, 'slept'), asyncio.sleep(0.1, 'slept'), asyncio.sleep(0, 'slept')))
                print(tag, '#6 gather', repr(r))
            except (ValueError, TimeoutError) as e:
                print(tag, '#6 gather', type(e).__name__, e.args)
            await asyncio.sleep(2)
            print(tag, '#7 sleep 2')
            try:
                r = await asyncio.gather(asyncio.gather(asyncio.sleep(0.5, 'slept'), asyncio.sleep(2, 'slept')), asyncio.sleep(0.1, 'slept'), asyncio.gather(asyncio.sleep(0, 'slept'), return_exceptions=True))
                print(tag, '#8 gather', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#8 gather', type(e).__name__, e.args)
        except asyncio.CancelledError as e:
            print(tag, '#5 try', 'caught CancelledError', e.args)
            raise
        finally:
            print(tag, '#5 try', 'finally')
        raise ValueError(tag + ' gave up')
    finally:
        print(tag, '#3 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#3 try', 'finally slept')
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag, peer):
    print(tag, 'start')
    done, pending = await asyncio.wait([peer], return_when=asyncio.ALL_COMPLETED)
    print(tag, '#9 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    await asyncio.sleep(0.5)
    print(tag, '#10 sleep 0.5')
    print(tag, 'end')


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        r = await w0(tag + '.1')
        print(tag, '#11 w0', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#11 w0', type(e).__name__, e.args)
    await asyncio.sleep(0)
    print(tag, '#12 sleep 0', now())
    t1 = track(asyncio.create_task(w0(tag + '.2')))
    print(tag, '#13 create t1', t1.get_name())
    for _ in range(2):
        await asyncio.sleep(0)
    print(tag, '#14 cancel t1', t1.get_name(), t1.cancel())
    await settle()
    report()
    for t in TASKS:
        if not t.cancelled() and t.exception() is not None:
            await t
    print(tag, 'end')


asyncio.run(main())
