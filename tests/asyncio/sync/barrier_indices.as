# A Barrier holds tasks until `parties` have arrived, then releases them all;
# each gets a distinct index, in order of arrival.
import asyncio


async def party(name, barrier, delay):
    await asyncio.sleep(delay)
    print(f'{name} arrives, n_waiting={barrier.n_waiting}')
    index = await barrier.wait()
    print(f'{name} passes with index {index}, {barrier!r}')


async def main():
    barrier = asyncio.Barrier(3)
    print(repr(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
    tasks = [asyncio.create_task(party(n, barrier, d))
             for n, d in (('a', 0.2), ('b', 0.1), ('c', 0.3))]
    await asyncio.sleep(0.25)
    print(repr(barrier))
    await asyncio.gather(*tasks)
    print(repr(barrier))


asyncio.run(main())
