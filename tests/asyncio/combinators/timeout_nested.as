# Nested timeouts: whichever deadline comes first raises TimeoutError, and
# only the `async with` that owns it converts the cancellation.  When both
# expire in the same iteration the task has two cancel requests: the inner
# one lets the CancelledError through and the outer one converts it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(5) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print('inner expired at', loop.time(), inner.expired(),
                      outer.expired())
            await asyncio.sleep(1)
            print('outer block goes on at', loop.time())
    except TimeoutError:
        print('outer should not expire')

    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(5) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print('inner should not report')
            except asyncio.CancelledError:
                print('inner block sees CancelledError', inner.expired())
                raise
    except TimeoutError:
        print('outer expired at', loop.time(), outer.expired(),
              inner.expired())

    try:
        async with asyncio.timeout_at(loop.time() + 1) as outer:
            try:
                async with asyncio.timeout_at(loop.time() + 1) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print('inner should not report')
            except asyncio.CancelledError:
                print('same deadline: inner lets it through', inner.expired())
                raise
    except TimeoutError:
        print('same deadline: outer TimeoutError', outer.expired())
    print('cancelling:', asyncio.current_task().cancelling())


asyncio.run(main())
