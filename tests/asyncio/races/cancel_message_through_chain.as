# a cancel message travels down to the awaited task and back up to the awaiter
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('inner sees', e.args)
        raise


async def outer(child):
    try:
        await child
    except asyncio.CancelledError as e:
        print('outer sees', e.args)
        raise


async def main():
    child = asyncio.create_task(inner())
    parent = asyncio.create_task(outer(child))
    await asyncio.sleep(1)
    parent.cancel('operator request')
    try:
        await parent
    except asyncio.CancelledError as e:
        print('main sees', e.args)


asyncio.run(main())
