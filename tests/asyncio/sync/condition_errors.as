# wait() and notify() need the condition's lock to be held.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print('wait:', e)
    try:
        cond.notify()
    except RuntimeError as e:
        print('notify:', e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print('notify_all:', e)
    try:
        cond.release()
    except RuntimeError as e:
        print('release:', e)
    print(await cond.acquire(), repr(cond))
    cond.release()


asyncio.run(main())
