# Task.get_stack() and print_stack() while pending, after an exception, and when done
import asyncio, sys

async def inner():
    await asyncio.sleep(1)

async def work():
    await inner()

async def bad():
    raise ValueError('boom')

async def main():
    t = asyncio.create_task(work())
    await asyncio.sleep(0)
    print(len(t.get_stack()), t.get_stack()[0].f_lineno, t.get_stack()[0].f_code.co_name)
    t.print_stack(file=sys.stdout)
    b = asyncio.create_task(bad())
    await asyncio.sleep(0)
    b.print_stack(file=sys.stdout)
    print([f.f_lineno for f in b.get_stack()])
    await t
    t.print_stack(file=sys.stdout)
    b.exception()

asyncio.run(main())
