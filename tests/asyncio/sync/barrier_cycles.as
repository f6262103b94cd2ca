# A Barrier is reusable: a task that comes back while the others are still
# draining out waits for the next cycle.
import asyncio


async def party(name, barrier, rounds):
    for r in range(rounds):
        index = await barrier.wait()
        print(f'round {r}: {name} got {index}, {barrier!r}')


async def main():
    barrier = asyncio.Barrier(2)
    await asyncio.gather(party('a', barrier, 3), party('b', barrier, 3))
    print(repr(barrier))


asyncio.run(main())
