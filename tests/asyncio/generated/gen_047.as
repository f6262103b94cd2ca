# asyncio_diffgen seed 48: tools/asyncio_diffgen.py print --seed 48
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
    t1 = track(asyncio.create_task(w2(tag + '.1')))
    print(tag, '#1 create t1', t1.get_name())
    try:
        r = await asyncio.wait_for(asyncio.shield(t1), timeout=1.5)
        print(tag, '#2 wait_for', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#2 wait_for', type(e).__name__, e.args)
    try:
        print(tag, '#3 try')
        await asyncio.sleep(0.1)
        print(tag, '#4 sleep 0.1', now())
        await asyncio.sleep(0)
        print(tag, '#5 sleep 0', now())
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#3 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#3 try', 'caught ValueError', e.args)
    else:
        print(tag, '#3 try', 'else')
    finally:
        print(tag, '#3 try', 'finally')
    try:
        print(tag, '#6 try')
        t2 = track(asyncio.create_task(w2(tag + '.2')))
        print(tag, '#7 create t2', t2.get_name())
        try:
            r = await asyncio.shield(asyncio.sleep(0, 'slept'))
            print(tag, '#8 shield', repr(r))
        except (ValueError, TimeoutError) as e:
            print(tag, '#8 shield', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#6 try', 'caught CancelledError', e.args)
        return tag + ' rescued'
    except ValueError as e:
        print(tag, '#6 try', 'caught ValueError', e.args)
    print(tag, 'end')


async def w1(tag):
    print(tag, 'start')
    try:
        print(tag, '#9 try')
        await asyncio.sleep(0.5)
        print(tag, '#10 sleep 0.5')
        try:
            print(tag, '#11 try')
            try:
                r = await asyncio.shield(asyncio.sleep(1, 'slept'))
                print(tag, '#12 shield', repr(r))
            except (ValueError, TimeoutError) as e:
                print(tag, '#12 shield', type(e).__name__, e.args)
            t1 = track(asyncio.create_task(w2(tag + '.1')))
            print(tag, '#13 create t1', t1.get_name())
            print(tag, '#14 cancel t1', t1.get_name(), t1.cancel('stop t1'))
            await asyncio.sleep(0)
            print(tag, '#15 sleep 0', now())
        except asyncio.CancelledError as e:
            print(tag, '#11 try', 'caught CancelledError', e.args)
        except ValueError as e:
            print(tag, '#11 try', 'caught ValueError', e.args)
        finally:
            print(tag, '#11 try', 'finally')
    except asyncio.CancelledError as e:
        print(tag, '#9 try', 'caught CancelledError', e.args)
    finally:
        print(tag, '#9 try', 'finally')
        await asyncio.sleep(0)
        print(tag, '#9 try', 'finally slept')
    t2 = track(asyncio.create_task(w2(tag + '.2'), name=tag + '/t2'))
    print(tag, '#16 create t2', t2.get_name())
    for _ in range(2):
        await asyncio.sleep(0)
    print(tag, '#17 cancel t2', t2.get_name(), t2.cancel('stop t2'))
    raise ValueError(tag + ' failed')


async def w2(tag):
    print(tag, 'start')
    try:
        print(tag, '#18 try')
        await asyncio.sleep(2)
        print(tag, '#19 sleep 2')
        await asyncio.sleep(0.1)
        print(tag, '#20 sleep 0.1', now())
        try:
            r = await asyncio.gather(asyncio.sleep(0, 'slept'), asyncio.shield(asyncio.sleep(0.5, 'slept')), asyncio.gather(asyncio.sleep(0, 'slept'), asyncio.sleep(0.1, 'slept'), return_exceptions=True))
            print(tag, '#21 gather', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#21 gather', type(e).__name__, e.args)
        await asyncio.sleep(0.5)
        print(tag, '#22 sleep 0.5')
    except asyncio.CancelledError as e:
        print(tag, '#18 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#18 try', 'caught ValueError', e.args)
    print(tag, '#23 time', now())
    try:
        print(tag, '#24 try')
        print(tag, '#25 time', now())
        await asyncio.sleep(1)
        print(tag, '#26 sleep 1')
        try:
            print(tag, '#27 try')
            try:
                r = await asyncio.sleep(0, 'slept')
                print(tag, '#28 sleep', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#28 sleep', type(e).__name__, e.args)
            r = await asyncio.gather(asyncio.gather(asyncio.sleep(0.5, 'slept'), asyncio.sleep(0.5, 'slept'), asyncio.sleep(0, 'slept'), return_exceptions=True), return_exceptions=True)
            print(tag, '#29 gather', repr(r))
        except asyncio.CancelledError as e:
            print(tag, '#27 try', 'caught CancelledError', e.args)
        except ValueError as e:
            print(tag, '#27 try', 'caught ValueError', e.args)
            raise
        else:
            print(tag, '#27 try', 'else')
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#24 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#24 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#24 try', 'finally')
        await asyncio.sleep(0.1)
        print(tag, '#24 try', 'finally slept')
    print(tag, 'end')


async def w3(tag, peer):
    print(tag, 'start')
    done, pending = await asyncio.wait([peer], return_when=asyncio.FIRST_COMPLETED)
    print(tag, '#30 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
    print(tag, '#31 cancel peer', peer.get_name(), peer.cancel('stop peer'))
    try:
        print(tag, '#32 try')
        await asyncio.sleep(2)
        print(tag, '#33 sleep 2')
        await asyncio.sleep(1)
        print(tag, '#34 sleep 1', now())
    except asyncio.CancelledError as e:
        print(tag, '#32 try', 'caught CancelledError', e.args)
        raise
    except ValueError as e:
        print(tag, '#32 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#32 try', 'finally')
    print(tag, 'end')


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        print(tag, '#35 try')
        await asyncio.sleep(0.5)
        print(tag, '#36 sleep 0.5')
        try:
            print(tag, '#37 try')
            print(tag, '#38 time', now())
            try:
                r = await asyncio.gather(asyncio.gather(w1(tag + '.1'), asyncio.sleep(1, 'slept')), asyncio.sleep(2, 'slept'), w1(tag + '.2'), return_exceptions=True)
                print(tag, '#39 gather', repr(r))
            except (ValueError, TimeoutError, asyncio.CancelledError) as e:
                print(tag, '#39 gather', type(e).__name__, e.args)
            t1 = track(asyncio.create_task(w1(tag + '.3')))
            print(tag, '#40 create t1', t1.get_name())
            print(tag, '#41 cancel t1', t1.get_name(), t1.cancel())
        except ValueError as e:
            print(tag, '#37 try', 'caught ValueError', e.args)
        await asyncio.sleep(0)
        print(tag, '#42 sleep 0')
        t2 = track(asyncio.create_task(w0(tag + '.4')))
        print(tag, '#43 create t2', t2.get_name())
        print(tag, '#44 cancel t2', t2.get_name(), t2.cancel())
        raise ValueError(tag + ' gave up')
    except asyncio.CancelledError as e:
        print(tag, '#35 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#35 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#35 try', 'finally')
    t3 = track(asyncio.create_task(w0(tag + '.5'), name=tag + '/t3'))
    print(tag, '#45 create t3', t3.get_name())
    try:
        r = await w1(tag + '.6')
        print(tag, '#46 w1', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#46 w1', type(e).__name__, e.args)
    try:
        r = await asyncio.sleep(0.1, 'slept')
        print(tag, '#47 sleep', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#47 sleep', type(e).__name__, e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
