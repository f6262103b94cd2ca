# Cancelling the task that awaits gather cancels every unfinished child;
# the awaiting task then sees CancelledError.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        print(name, 'cancelled with', repr(e))
        raise
    print(name, 'finished')
    return name


async def parent():
    try:
        return await asyncio.gather(child('quick', 0.1), child('a', 5),
                                    child('b', 6))
    except asyncio.CancelledError as e:
        print('parent sees', repr(e))
        raise


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(1)
    print('cancelling parent')
    t.cancel('enough')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main sees', repr(e))
    print('parent cancelled?', t.cancelled())


asyncio.run(main())
