# asyncio_diffgen seed 26: tools/asyncio_diffgen.py print --seed 26
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
    await asyncio.sleep(0.1)
    print(tag, '#1 sleep 0.1', now())
    t1 = track(asyncio.create_task(w2(tag + '.1')))
    print(tag, '#2 create t1', t1.get_name())
    for _ in range(1):
        await asyncio.sleep(0)
    print(tag, '#3 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag):
    print(tag, 'start')
    t1 = track(asyncio.create_task(w2(tag + '.1')))
    print(tag, '#4 create t1', t1.get_name())
    print(tag, '#5 cancel t1', t1.get_name(), t1.cancel('stop t1'))
    t2 = track(asyncio.create_task(w2(tag + '.2'), name=tag + '/t2'))
    print(tag, '#6 create t2', t2.get_name())
    try:
        r = await asyncio.gather(t1, asyncio.sleep(2, 'slept'), return_exceptions=True)
        print(tag, '#7 gather', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#7 gather', type(e).__name__, e.args)
    await asyncio.sleep(0)
    print(tag, '#8 sleep 0')
    print(tag, 'end')
    return 41


async def w2(tag):
    print(tag, 'start')
    await asyncio.sleep(0.5)
    print(tag, '#9 sleep 0.5', now())
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    t1 = track(asyncio.create_task(w2(tag + '.1')))
    print(tag, '#10 create t1', t1.get_name())
    try:
        print(tag, '#11 try')
        print(tag, '#12 cancel t1', t1.get_name(), t1.cancel())
        try:
            print(tag, '#13 try')
            t2 = track(asyncio.create_task(w2(tag + '.2')))
            print(tag, '#14 create t2', t2.get_name())
            print(tag, '#15 cancel t2', t2.get_name(), t2.cancel())
            done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_EXCEPTION, timeout=0.05)
            print(tag, '#16 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
            for _ in range(3):
                await asyncio.sleep(0)
            print(tag, '#17 cancel t2', t2.get_name(), t2.cancel('stop t2'), t2.cancel())
        except ValueError as e:
            print(tag, '#13 try', 'caught ValueError', e.args)
        else:
            print(tag, '#13 try', 'else')
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#11 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#11 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#11 try', 'finally')
    await asyncio.sleep(0.1)
    print(tag, '#18 sleep 0.1')
    try:
        print(tag, '#19 try')
        await asyncio.sleep(0)
        print(tag, '#20 sleep 0')
    except ValueError as e:
        print(tag, '#19 try', 'caught ValueError', e.args)
    else:
        print(tag, '#19 try', 'else')
    finally:
        print(tag, '#19 try', 'finally')
    try:
        print(tag, '#21 try')
        try:
            print(tag, '#22 try')
            await asyncio.sleep(2)
            print(tag, '#23 sleep 2', now())
            t3 = track(asyncio.create_task(w1(tag + '.3')))
            print(tag, '#24 create t3', t3.get_name())
            raise ValueError(tag + ' gave up')
        except asyncio.CancelledError as e:
            print(tag, '#22 try', 'caught CancelledError', e.args)
        except ValueError as e:
            print(tag, '#22 try', 'caught ValueError', e.args)
        await asyncio.sleep(2)
        print(tag, '#25 sleep 2', now())
        await asyncio.sleep(0)
        print(tag, '#26 sleep 0')
    finally:
        print(tag, '#21 try', 'finally')
    await asyncio.sleep(1)
    print(tag, '#27 sleep 1')
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
