# call_exception_handler with only a message prints that message through the default handler
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({'message': 'something odd happened'})
    print('main continues')


asyncio.run(main())
