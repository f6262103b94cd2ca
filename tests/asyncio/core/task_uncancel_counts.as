# uncancel() lowers the count, never below zero, but a cancel already requested is still delivered
import asyncio


async def main():
    me = asyncio.current_task()
    print('uncancel at zero ->', me.uncancel())
    me.cancel()
    me.cancel()
    print('after two cancels', me.cancelling())
    print('uncancel ->', me.uncancel())
    print('uncancel ->', me.uncancel())
    print('uncancel ->', me.uncancel())
    try:
        await asyncio.sleep(0)
        print('no cancellation delivered')
    except asyncio.CancelledError:
        print('cancellation still delivered, cancelling', me.cancelling())


asyncio.run(main())
