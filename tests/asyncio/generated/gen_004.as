# asyncio_diffgen seed 5: tools/asyncio_diffgen.py print --seed 5
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
        try:
            print(tag, '#3 try')
            await asyncio.sleep(0.5)
            print(tag, '#4 sleep 0.5', now())
            t1 = track(asyncio.create_task(w3(tag + '.1')))
            print(tag, '#5 create t1', t1.get_name())
            done, pending = await asyncio.wait([t1], return_when=asyncio.FIRST_COMPLETED, timeout=1.5)
            print(tag, '#6 wait', 'done', sorted(x.get_name() for x in done), 'pending', sorted(x.get_name() for x in pending))
            print(tag, '#7 cancel t1', t1.get_name(), t1.cancel())
            t2 = track(asyncio.create_task(w3(tag + '.2')))
            print(tag, '#8 create t2', t2.get_name())
        except asyncio.CancelledError as e:
            print(tag, '#3 try', 'caught CancelledError', e.args)
            raise
        except ValueError as e:
            print(tag, '#3 try', 'caught ValueError', e.args)
        finally:
            print(tag, '#3 try', 'finally')
        r = await w3(tag + '.3')
        print(tag, '#9 w3', repr(r))
    except asyncio.CancelledError as e:
        print(tag, '#1 try', 'caught CancelledError', e.args)
        raise
    finally:
        print(tag, '#1 try', 'finally')
    r = await asyncio.gather(asyncio.gather(w3(tag + '.4'), w3(tag + '.5')), asyncio.gather(asyncio.sleep(0, 'slept'), asyncio.sleep(0.1, 'slept'), w3(tag + '.6'), return_exceptions=True), asyncio.sleep(2, 'slept'))
    print(tag, '#10 gather', repr(r))
    try:
        r = await asyncio.gather(w3(tag + '.7'), asyncio.gather(asyncio.sleep(1, 'slept'), return_exceptions=True))
        print(tag, '#11 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#11 gather', type(e).__name__, e.args)
    t3 = track(asyncio.create_task(w3(tag + '.8')))
    print(tag, '#12 create t3', t3.get_name())
    print(tag, '#13 cancel t3', t3.get_name(), t3.cancel('stop t3'))
    raise ValueError(tag + ' failed')


async def w1(tag, peer):
    print(tag, 'start')
    print(tag, '#14 time', now())
    try:
        r = await w2(tag + '.1', peer)
        print(tag, '#15 w2', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#15 w2', type(e).__name__, e.args)
    t1 = track(asyncio.create_task(w3(tag + '.2')))
    print(tag, '#16 create t1', t1.get_name())
    print(tag, 'end')
    return tag + ' ok'


async def w2(tag, peer):
    print(tag, 'start')
    for _ in range(1):
        await asyncio.sleep(0)
    print(tag, '#17 cancel peer', peer.get_name(), peer.cancel('stop peer'))
    try:
        print(tag, '#18 try')
        try:
            print(tag, '#19 try')
            await asyncio.sleep(2)
            print(tag, '#20 sleep 2', now())
            try:
                r = await asyncio.wait_for(peer, timeout=0.5)
                print(tag, '#21 wait_for', repr(r))
            except (ValueError, TimeoutError) as e:
                print(tag, '#21 wait_for', type(e).__name__, e.args)
            try:
                r = await asyncio.sleep(0.1, 'slept')
                print(tag, '#22 sleep', repr(r))
            except (ValueError, TimeoutError) as e:
                print(tag, '#22 sleep', type(e).__name__, e.args)
        except asyncio.CancelledError as e:
            print(tag, '#19 try', 'caught CancelledError', e.args)
            return tag + ' rescued'
        except ValueError as e:
            print(tag, '#19 try', 'caught ValueError', e.args)
        else:
            print(tag, '#19 try', 'else')
        try:
            print(tag, '#23 try')
            await asyncio.sleep(2)
            print(tag, '#24 sleep 2')
            print(tag, '#25 cancel peer', peer.get_name(), peer.cancel())
            t1 = track(asyncio.create_task(w3(tag + '.1'), name=tag + '/t1'))
            print(tag, '#26 create t1', t1.get_name())
            t2 = track(asyncio.create_task(w3(tag + '.2')))
            print(tag, '#27 create t2', t2.get_name())
            raise ValueError(tag + ' gave up')
        except asyncio.CancelledError as e:
            print(tag, '#23 try', 'caught CancelledError', e.args)
        try:
            print(tag, '#28 try')
            await asyncio.sleep(1)
            print(tag, '#29 sleep 1')
            t3 = track(asyncio.create_task(w3(tag + '.3'), name=tag + '/t3'))
            print(tag, '#30 create t3', t3.get_name())
            t4 = track(asyncio.create_task(w3(tag + '.4')))
            print(tag, '#31 create t4', t4.get_name())
        except asyncio.CancelledError as e:
            print(tag, '#28 try', 'caught CancelledError', e.args)
        finally:
            print(tag, '#28 try', 'finally')
    except ValueError as e:
        print(tag, '#18 try', 'caught ValueError', e.args)
        raise
    print(tag, 'end')


async def w3(tag):
    print(tag, 'start')
    try:
        print(tag, '#32 try')
        await asyncio.sleep(0.5)
        print(tag, '#33 sleep 0.5')
    except ValueError as e:
        print(tag, '#32 try', 'caught ValueError', e.args)
        raise
    else:
        print(tag, '#32 try', 'else')
    finally:
        print(tag, '#32 try', 'finally')
    print(tag, 'end')
    return 24


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        r = await asyncio.gather(w3(tag + '.1'), asyncio.shield(asyncio.sleep(0, 'slept')), return_exceptions=True)
        print(tag, '#34 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#34 gather', type(e).__name__, e.args)
    try:
        print(tag, '#35 try')
        await asyncio.sleep(0.1)
        print(tag, '#36 sleep 0.1')
        try:
            r = await asyncio.sleep(1, 'slept')
            print(tag, '#37 sleep', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#37 sleep', type(e).__name__, e.args)
        t1 = track(asyncio.create_task(w3(tag + '.2')))
        print(tag, '#38 create t1', t1.get_name())
        t2 = track(asyncio.create_task(w3(tag + '.3')))
        print(tag, '#39 create t2', t2.get_name())
        try:
            r = await asyncio.shield(t2)
            print(tag, '#40 shield', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#40 shield', type(e).__name__, e.args)
    except asyncio.CancelledError as e:
        print(tag, '#35 try', 'caught CancelledError', e.args)
    except ValueError as e:
        print(tag, '#35 try', 'caught ValueError', e.args)
    finally:
        print(tag, '#35 try', 'finally')
    await asyncio.sleep(0.5)
    print(tag, '#41 sleep 0.5')
    try:
        print(tag, '#42 try')
        try:
            r = await w0(tag + '.4')
            print(tag, '#43 w0', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#43 w0', type(e).__name__, e.args)
    except ValueError as e:
        print(tag, '#42 try', 'caught ValueError', e.args)
    await settle()
    report()
    print(tag, 'end')


asyncio.run(main())
