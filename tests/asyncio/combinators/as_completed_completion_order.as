# A plain `for` over as_completed() yields awaitables that give the
# results in the order the work finishes; one that failed raises, and the
# iteration goes on.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print('finished', name)
    if name == 'bad':
        raise RuntimeError('bad failed')
    return name


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(n, d)) for n, d in
             (('slow', 0.3), ('fast', 0.1), ('bad', 0.15), ('middle', 0.2))]
    for aw in asyncio.as_completed(tasks):
        try:
            print('got', await aw, 'at', loop.time())
        except RuntimeError as e:
            print('error', e, 'at', loop.time())


asyncio.run(main())
