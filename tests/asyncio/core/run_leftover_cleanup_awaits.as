# a leftover task may await during its cleanup; asyncio.run waits for it to finish
import asyncio


async def background():
    try:
        await asyncio.sleep(100)
    finally:
        print('cleanup starts', asyncio.get_running_loop().time())
        await asyncio.sleep(2)
        print('cleanup ends', asyncio.get_running_loop().time())


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(1)
    print('main returns')


asyncio.run(main())
print('asyncio.run returned')
