# Errors when a Timeout is used the wrong way.
import asyncio


async def main():
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with cm:
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print('RuntimeError:', e)
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with asyncio.timeout(0) as expired:
            await asyncio.sleep(1)
    except TimeoutError:
        pass
    try:
        expired.reschedule(5)
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(main())
try:
    asyncio.timeout(1)
except RuntimeError as e:
    print('outside the loop:', e)
