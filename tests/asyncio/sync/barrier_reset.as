# reset() while tasks wait makes them raise BrokenBarrierError; a task that
# arrives during the reset waits for it to finish, then joins a new cycle.
import asyncio


async def party(name, barrier):
    try:
        index = await barrier.wait()
        print(f'{name} passed with {index}')
    except asyncio.BrokenBarrierError as e:
        print(f'{name}: BrokenBarrierError {e}')


async def main():
    barrier = asyncio.Barrier(2)
    a = asyncio.create_task(party('a', barrier))
    await asyncio.sleep(0)
    reset = asyncio.create_task(barrier.reset())
    b = asyncio.create_task(party('b', barrier))
    await asyncio.sleep(0)
    print('resetting:', repr(barrier))
    await asyncio.gather(a, reset)
    print('after a left:', repr(barrier))
    c = asyncio.create_task(party('c', barrier))
    await asyncio.gather(b, c)
    print(repr(barrier))


asyncio.run(main())
