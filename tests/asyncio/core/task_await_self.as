# a task awaiting itself gets RuntimeError "Task cannot await on itself"
import asyncio


async def selfish():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print('RuntimeError:', e)
    return 'recovered'


async def main():
    task = asyncio.create_task(selfish(), name='selfish')
    print(await task)


asyncio.run(main())
