# Since Python 3.10 the primitives take no loop= argument: it is an
# ordinary TypeError.  They bind to the running loop when first used.
import asyncio

classes = [asyncio.Lock, asyncio.Event, asyncio.Condition, asyncio.Semaphore,
           asyncio.BoundedSemaphore, asyncio.Queue, asyncio.LifoQueue,
           asyncio.PriorityQueue]
for cls in classes:
    try:
        cls(loop=None)
    except TypeError as e:
        print(f'{cls.__name__}: TypeError: {e}')
try:
    asyncio.Barrier(2, loop=None)
except TypeError as e:
    print(f'Barrier: TypeError: {e}')

for cls in classes + [asyncio.Barrier]:
    print(cls.__name__, cls.__module__)
