# asyncio.run rejects something that is not a coroutine with ValueError
import asyncio


async def main():
    pass


for thing in (42, 'text', main):
    try:
        asyncio.run(thing)
    except ValueError as e:
        print('ValueError:', e)
