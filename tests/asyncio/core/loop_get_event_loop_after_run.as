# after asyncio.run returns no loop is set and get_event_loop raises RuntimeError
import asyncio


async def main():
    print('inside: running loop', asyncio.get_event_loop() is asyncio.get_running_loop())


asyncio.run(main())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
