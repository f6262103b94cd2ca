# asyncio_diffgen seed 43: tools/asyncio_diffgen.py print --seed 43
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
    t1 = track(asyncio.create_task(w1(tag + '.1', peer)))
    print(tag, '#1 create t1', t1.get_name())
    print(tag, '#2 time', now())
    print(tag, 'end')
    return tag + ' ok'


async def w1(tag, peer):
    print(tag, 'start')
    try:
        r = await asyncio.gather(peer)
        print(tag, '#3 gather', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#3 gather', type(e).__name__, e.args)
    print(tag, '#4 cancel peer', peer.get_name(), peer.cancel('stop peer'))
    await asyncio.sleep(0)
    print(tag, '#5 sleep 0', now())
    try:
        r = await asyncio.shield(peer)
        print(tag, '#6 shield', repr(r))
    except (ValueError, TimeoutError) as e:
        print(tag, '#6 shield', type(e).__name__, e.args)
    raise ValueError(tag + ' failed')


async def main():
    tag = 'm'
    print(tag, 'start')
    try:
        print(tag, '#7 try')
        try:
            r = await asyncio.wait_for(asyncio.sleep(0, 'slept'), timeout=0)
            print(tag, '#8 wait_for', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#8 wait_for', type(e).__name__, e.args)
        try:
            r = await asyncio.gather(asyncio.gather(asyncio.sleep(1, 'slept')), return_exceptions=True)
            print(tag, '#9 gather', repr(r))
        except (ValueError, TimeoutError, asyncio.CancelledError) as e:
            print(tag, '#9 gather', type(e).__name__, e.args)
    finally:
        print(tag, '#7 try', 'finally')
    try:
        r = await asyncio.gather(asyncio.gather(asyncio.sleep(0.1, 'slept'), asyncio.sleep(0, 'slept'), asyncio.sleep(2, 'slept'), return_exceptions=True), asyncio.gather(asyncio.sleep(0.5, 'slept'), return_exceptions=True), return_exceptions=True)
        print(tag, '#10 gather', repr(r))
    except (ValueError, TimeoutError, asyncio.CancelledError) as e:
        print(tag, '#10 gather', type(e).__name__, e.args)
    await asyncio.sleep(0)
    print(tag, '#11 sleep 0', now())
    await settle()
    report()
    for t in TASKS:
        if not t.cancelled() and t.exception() is not None:
            await t
    print(tag, 'end')


asyncio.run(main())
