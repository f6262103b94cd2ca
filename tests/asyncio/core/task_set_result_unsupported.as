# Task.set_result and Task.set_exception are refused with RuntimeError
import asyncio


async def slow():
    await asyncio.sleep(1)
    return 'own result'


async def main():
    task = asyncio.create_task(slow())
    try:
        task.set_result('forced')
    except RuntimeError as e:
        print('set_result:', e)
    try:
        task.set_exception(ValueError())
    except RuntimeError as e:
        print('set_exception:', e)
    print(await task)


asyncio.run(main())
