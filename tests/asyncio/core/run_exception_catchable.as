# the exception raised out of asyncio.run can be caught by the caller like any other
import asyncio


async def main():
    await asyncio.sleep(1)
    raise IndexError('list too short')


try:
    asyncio.run(main())
except IndexError as e:
    print('caught outside:', repr(e))
print('program continues')
