# Cancelling a waiter in the middle of the queue removes it; the others keep
# their places.
import asyncio

order = []


async def waiter(name, lock):
    try:
        async with lock:
            order.append(name)
            print(f'{name} acquired')
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(f'{name} cancelled while waiting')


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = {n: asyncio.create_task(waiter(n, lock)) for n in 'abcd'}
    await asyncio.sleep(0)
    print(repr(lock))
    tasks['b'].cancel()
    tasks['c'].cancel()
    await asyncio.sleep(0)
    print('after cancelling b and c:', repr(lock))
    lock.release()
    await asyncio.gather(*tasks.values())
    print('order:', order)


asyncio.run(main())
