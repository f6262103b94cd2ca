# asyncio_diffgen seed 34: tools/asyncio_diffgen.py print --seed 34
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
        t1 = track(asyncio.create_task(w2(tag + '.1'), name=tag + '/t1'))
        print(tag, '#2 create t1', t1.get_name())
        for _ in range(3):
            await asyncio.sleep(0)
        print(tag, '#3 cancel t1', t1.get_name(), t1.cancel())
        try:
            r = await asyncio.gather(w1(tag + '.2', t1), asyncio.gather(t1, w1(tag + '.3', t1), t1), return_exceptions=True)
            print(tag, '#4 gather', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#4 gather', type(e).__name__, e.args)
        try:
            print(tag, '#5 try')
            await asyncio.sleep(0.5)
            print(tag, '#6 sleep 0.5')
            r = await t1
            print(tag, '#7 await t1', repr(r))
        except asyncio.CancelledError as e:
            print(tag, '#5 try', 'caught CancelledError', e.args)
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#1 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#1 try', 'finally')
        await asyncio.sleep(0.5)
        print(tag, '#1 try', 'finally slept')
    t2 = track(asyncio.create_task(w3(tag + '.4')))
    print(tag, '#8 create t2', t2.get_name())
    done, pending = await asyncio.wait([t2], return_when=asyncio.ALL_COMPLETED)
    print(tag, '#9 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    for _ in range(1):
        await asyncio.sleep(0)
    print(tag, '#10 cancel t2', t2.get_name(), t2.cancel())
    try:
        print(tag, '#11 try')
        r = await asyncio.wait_for(t2, timeout=2.5)
        print(tag, '#12 wait_for', repr(r))
        r = await asyncio.shield(asyncio.sleep(2, 'slept'))
        print(tag, '#13 shield', repr(r))
    except asyncio.CancelledError as e:
        print(tag, '#11 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#11 try', 'caught ValueError', e.args)
    print(tag, 'end')


async def w1(tag, peer):
    print(tag, 'start')
    try:
        print(tag, '#14 try')
        t1 = track(asyncio.create_task(w3(tag + '.1')))
        print(tag, '#15 create t1', t1.get_name())
        done, pending = await asyncio.wait([t1], return_when=asyncio.ALL_COMPLETED)
        print(tag, '#16 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        try:
            r = await asyncio.wait_for(t1, timeout=0)
            print(tag, '#17 wait_for', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#17 wait_for', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#14 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#14 try', 'caught ValueError', e.args)
    t2 = track(asyncio.create_task(w3(tag + '.2')))
    print(tag, '#18 create t2', t2.get_name())
    try:
        r = await asyncio.wait_for(asyncio.shield(t2), timeout=1.5)
        print(tag, '#19 wait_for', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#19 wait_for', type(e).__name__, e.args)
    await asyncio.sleep(0)
    print(tag, '#20 sleep 0')
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag):
    print(tag, 'start')
    t1 = track(asyncio.create_task(w3(tag + '.1'), name=tag + '/t1'))
    print(tag, '#21 create t1', t1.get_name())
    try:
        r = await t1
        print(tag, '#22 await t1', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#22 await t1', type(e).__name__, e.args)
    try:
        r = await t1
        print(tag, '#23 await t1', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#23 await t1', type(e).__name__, e.args)
    print(tag, 'end')


async def w3(tag):
    print(tag, 'start')
    try:
        print(tag, '#24 try')
        await asyncio.sleep(0.1)
        print(tag, '#25 sleep 0.1')
        await asyncio.sleep(0.1)
        print(tag, '#26 sleep 0.1')
    except asyncio.CancelledError as e:
        print(tag, '#24 try', 'caught CancelledError', e.args)
    else:
        print(tag, '#24 try', 'else')
    finally:
        print(tag, '#24 try', 'finally')
        await asyncio.sleep(0.1)
        print(tag, '#24 try', 'finally slept')
    print(tag, 'end')
    return tag + ' ok'


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        print(tag, '#27 try')
        try:
            print(tag, '#28 try')
            t1 = track(asyncio.create_task(w3(tag + '.1')))
            print(tag, '#29 create t1', t1.get_name())
            print(tag, '#30 cancel t1', t1.get_name(), t1.cancel('stop t1'))
            try:
                r = await t1
                print(tag, '#31 await t1', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#31 await t1', type(e).__name__, e.args)
            for _ in range(1):
                await asyncio.sleep(0)
            print(tag, '#32 cancel t1', t1.get_name(), t1.cancel('stop t1'))
        except ValueError as e:
            print(tag, '#28 try', 'caught ValueError', e.args)
        try:
            print(tag, '#33 try')
            try:
                r = await w3(tag + '.2')
                print(tag, '#34 w3', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#34 w3', type(e).__name__, e.args)
            t2 = track(asyncio.create_task(w3(tag + '.3')))
            print(tag, '#35 create t2', t2.get_name())
            done, pending = await asyncio.wait([t2], return_when=asyncio.FIRST_COMPLETED)
            print(tag, '#36 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
        finally:
            print(tag, '#33 try', 'finally')
            await asyncio.sleep(0.1)
            print(tag, '#33 try', 'finally slept')
        t3 = track(asyncio.create_task(w0(tag + '.4')))
        print(tag, '#37 create t3', t3.get_name())
        done, pending = await asyncio.wait([t3], return_when=asyncio.ALL_COMPLETED, timeout=0.5)
        print(tag, '#38 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    except asyncio.CancelledError as e:
        print(tag, '#27 try', 'caught CancelledError', e.args)
    else:
        print(tag, '#27 try', 'else')
    finally:
        print(tag, '#27 try', 'finally')
    t4 = track(asyncio.create_task(w3(tag + '.5')))
    print(tag, '#39 create t4', t4.get_name())
    print(tag, '#40 cancel t4', t4.get_name(), t4.cancel())
    try:
        r = await w2(tag + '.6')
        print(tag, '#41 w2', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#41 w2', type(e).__name__, e.args)
    print(tag, '#42 cancel t4', t4.get_name(), t4.cancel('stop t4'))
    t5 = track(asyncio.create_task(w1(tag + '.7', t4)))
    print(tag, '#43 create t5', t5.get_name())
    print(tag, '#44 cancel t5', t5.get_name(), t5.cancel('stop t5'))
    t6 = track(asyncio.create_task(w2(tag + '.8'), name=tag + '/t6'))
    print(tag, '#45 create t6', t6.get_name())
    print(tag, '#46 cancel t6', t6.get_name(), t6.cancel('stop t6'))
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
