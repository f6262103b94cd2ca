# get_running_loop() outside a running loop raises "no running event loop"
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)


async def main():
    return asyncio.get_running_loop()


loop = asyncio.new_event_loop()
print('inside: same loop', loop.run_until_complete(main()) is loop)
loop.close()
