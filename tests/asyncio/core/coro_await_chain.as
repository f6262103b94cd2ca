# a chain of awaited coroutines runs inside one task, with no extra loop turns
import asyncio


async def leaf():
    print('leaf in', asyncio.current_task().get_name())
    return 1


async def middle():
    return await leaf() + 1


async def other():
    print('other task runs')


async def main():
    asyncio.create_task(other())
    print('result', await middle())
    await asyncio.sleep(0)


asyncio.run(main())
