# abort() breaks the barrier: the tasks waiting in it and every later wait()
# raise BrokenBarrierError.
import asyncio


async def party(name, barrier):
    try:
        index = await barrier.wait()
        print(f'{name} passed with {index}')
    except asyncio.BrokenBarrierError as e:
        print(f'{name}: BrokenBarrierError {e!r}')


async def main():
    barrier = asyncio.Barrier(3)
    a = asyncio.create_task(party('a', barrier))
    b = asyncio.create_task(party('b', barrier))
    await asyncio.sleep(0)
    print(repr(barrier))
    await barrier.abort()
    print('aborted:', repr(barrier), barrier.broken, barrier.n_waiting)
    await asyncio.gather(a, b)
    await party('late', barrier)
    await barrier.reset()
    print('after reset:', repr(barrier), barrier.broken)


asyncio.run(main())
