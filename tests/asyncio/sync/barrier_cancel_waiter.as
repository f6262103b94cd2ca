# Cancelling a task that waits in a Barrier takes it out of the count; the
# barrier then needs another party to trip.
import asyncio


async def party(name, barrier):
    try:
        index = await barrier.wait()
        print(f'{name} passed with {index}')
    except asyncio.CancelledError:
        print(f'{name} cancelled, {barrier!r}')
        raise


async def main():
    barrier = asyncio.Barrier(3)
    a = asyncio.create_task(party('a', barrier))
    b = asyncio.create_task(party('b', barrier))
    await asyncio.sleep(0)
    print(repr(barrier))
    a.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('after cancel:', repr(barrier))
    c = asyncio.create_task(party('c', barrier))
    d = asyncio.create_task(party('d', barrier))
    await asyncio.gather(a, b, c, d, return_exceptions=True)
    print(repr(barrier), a.cancelled())


asyncio.run(main())
