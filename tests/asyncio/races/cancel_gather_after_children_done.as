# cancelling a gather whose children already finished returns False and it keeps its result
import asyncio


async def child(n):
    await asyncio.sleep(n)
    return n


async def main():
    group = asyncio.gather(child(1), child(2))
    await asyncio.sleep(3)
    print('done', group.done(), 'cancel ->', group.cancel())
    print('result', await group)


asyncio.run(main())
