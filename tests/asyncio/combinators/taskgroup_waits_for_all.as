# Leaving a TaskGroup waits for all of its tasks; tasks may be added while
# it waits.  Naming a task still uses up a default Task-N number.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print('finished', name, 'at', asyncio.get_running_loop().time())
    return name


async def spawner(tg):
    await asyncio.sleep(0.5)
    tg.create_task(job('late', 2))
    return 'spawner'


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job('a', 1))
        b = tg.create_task(job('b', 0.2), name='bee')
        s = tg.create_task(spawner(tg))
        print(a.get_name(), b.get_name(), s.get_name())
        print('body done', repr(tg))
    print('after the group', repr(tg))
    print(a.result(), b.result(), s.result())


asyncio.run(main())
