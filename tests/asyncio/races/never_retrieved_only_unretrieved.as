# only the failed task whose exception nobody retrieved is reported, not the inspected one
import asyncio


async def fail(message):
    raise ValueError(message)


async def main():
    inspected = asyncio.create_task(fail('inspected, not reported'))
    asyncio.create_task(fail('dropped, reported'))
    await asyncio.sleep(1)
    print('inspected exception:', repr(inspected.exception()))
    print('main returns')


asyncio.run(main())
