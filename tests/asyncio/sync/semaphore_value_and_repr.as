# The counter, locked() and repr of a Semaphore; a negative initial value
# is refused.
import asyncio


async def main():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    sem = asyncio.Semaphore(3)
    print(repr(sem))
    for i in range(3):
        print('acquire ->', await sem.acquire(), repr(sem), sem.locked())
    sem.release()
    sem.release()
    sem.release()
    sem.release()
    print('one release too many is allowed:', repr(sem))
    zero = asyncio.Semaphore(0)
    print(repr(zero), zero.locked())
    default = asyncio.Semaphore()
    async with default:
        print('inside:', repr(default))
    print('outside:', repr(default))


asyncio.run(main())
