# iscoroutine and iscoroutinefunction tell async functions and their calls from other things
import asyncio


async def job():
    pass


def plain():
    pass


def gen():
    yield 1


coro = job()
print('iscoroutinefunction', asyncio.iscoroutinefunction(job), asyncio.iscoroutinefunction(plain),
      asyncio.iscoroutinefunction(gen))
print('iscoroutine', asyncio.iscoroutine(coro), asyncio.iscoroutine(job), asyncio.iscoroutine(gen()))
print('type', type(coro).__name__)
coro.close()
