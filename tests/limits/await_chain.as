# gc-stress: skip -- 100,000 live tasks walked at every allocation
# A task awaiting a chain of 100,000 tasks (task i awaits task i-1), and a
# future at the end of 100,000 futures chained through done callbacks,
# both complete: awaiting a task is not recursion, and each callback runs
# from the loop, not from inside the previous one.
import asyncio

N = 100000

async def first():
    await asyncio.sleep(1)
    return 0

async def follow(prev):
    return await prev + 1

async def forward(fut):
    return await fut

async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(first())
    for _ in range(N):
        task = asyncio.create_task(follow(task))
    print("task chain:", await task, loop.time())

    head = loop.create_future()
    fut = head
    for _ in range(N):
        nxt = loop.create_future()
        fut.add_done_callback(lambda f, nxt=nxt: nxt.set_result(f.result() + 1))
        fut = nxt
    loop.call_later(2, head.set_result, 0)
    print("future chain:", await fut, loop.time())

    # Cancelling the head of a chain of tasks cancels every link.
    head = asyncio.create_task(asyncio.sleep(10))
    task = head
    for _ in range(N):
        task = asyncio.create_task(forward(task))
    await asyncio.sleep(0)
    head.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled chain:", task.cancelled(), loop.time())

asyncio.run(main())
