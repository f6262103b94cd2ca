# wait_for on a Task: on timeout the task is cancelled; shielding it
# keeps it running.
import asyncio


async def job(name):
    try:
        await asyncio.sleep(2)
        print(name, 'finished')
        return name
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def main():
    t = asyncio.create_task(job('plain'))
    try:
        await asyncio.wait_for(t, 1)
    except TimeoutError:
        print('timeout; task cancelled?', t.cancelled())
    s = asyncio.create_task(job('shielded'))
    try:
        await asyncio.wait_for(asyncio.shield(s), 1)
    except TimeoutError:
        print('timeout; shielded task done?', s.done())
    print(await s)


asyncio.run(main())
