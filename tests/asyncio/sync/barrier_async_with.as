# `async with barrier as index` waits on the barrier; parties must be > 0.
import asyncio


async def party(name, barrier):
    async with barrier as index:
        print(f'{name} inside with index {index}')
    print(f'{name} outside')


async def main():
    for parties in (0, -2):
        try:
            asyncio.Barrier(parties)
        except ValueError as e:
            print(f'Barrier({parties}): ValueError: {e}')
    one = asyncio.Barrier(1)
    print('a barrier of one never blocks:', await one.wait(), await one.wait())
    barrier = asyncio.Barrier(2)
    await asyncio.gather(party('a', barrier), party('b', barrier))


asyncio.run(main())
