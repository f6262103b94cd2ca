# tasks start in the order they were created, each after the creator yields
import asyncio


async def worker(name):
    print(name, 'starts')
    await asyncio.sleep(0)
    print(name, 'second step')


async def main():
    tasks = [asyncio.create_task(worker(n)) for n in ('C', 'A', 'B')]
    print('all created, none started')
    await asyncio.sleep(0)
    print('main after one turn')
    await asyncio.gather(*tasks)


asyncio.run(main())
