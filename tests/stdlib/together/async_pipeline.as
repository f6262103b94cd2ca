# An asyncio script that uses the modules of this round together, as
# async scripts do: typed dataclasses for jobs, an enum for their state,
# an ABC for workers, contextlib for setup and teardown, collections for
# the bookkeeping.
from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections import Counter, defaultdict, namedtuple, OrderedDict
from contextlib import asynccontextmanager, AsyncExitStack, suppress
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto
from typing import Awaitable, Callable, Dict, List, Optional


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()


Result = namedtuple('Result', 'job_id value elapsed')


@dataclass(order=True)
class Job:
    priority: int
    job_id: str = field(compare=False)
    payload: List[int] = field(default_factory=list, compare=False)
    state: State = field(default=State.PENDING, compare=False)
    error: Optional[str] = field(default=None, compare=False, repr=False)


class Worker(ABC):
    def __init__(self, name: str) -> None:
        self.name = name
        self.handled: Counter[str] = Counter()

    @abstractmethod
    async def process(self, job: Job) -> int:
        ...

    async def run(self, queue: asyncio.Queue, results: List[Result]) -> None:
        loop = asyncio.get_running_loop()
        while True:
            job = await queue.get()
            start = loop.time()
            job.state = State.RUNNING
            try:
                value = await self.process(job)
            except ValueError as e:
                job.state, job.error = State.FAILED, str(e)
            else:
                job.state = State.DONE
                results.append(Result(job.job_id, value, round(loop.time() - start, 2)))
            finally:
                self.handled[job.state.name] += 1
                queue.task_done()


class Summer(Worker):
    async def process(self, job: Job) -> int:
        await asyncio.sleep(0.1 * len(job.payload))
        if not job.payload:
            raise ValueError(f'{job.job_id}: empty payload')
        return sum(job.payload)


events: Dict[str, List[str]] = defaultdict(list)


@asynccontextmanager
async def pool(count: int, queue: asyncio.Queue, results: List[Result]):
    workers = [Summer(f'w{i}') for i in range(count)]
    tasks = [asyncio.create_task(w.run(queue, results)) for w in workers]
    events['pool'].append('started')
    try:
        yield workers
    finally:
        for t in tasks:
            t.cancel()
        with suppress(asyncio.CancelledError):
            await asyncio.gather(*tasks)
        events['pool'].append('stopped')


async def main() -> None:
    jobs = [Job(2, 'b', [1, 2, 3]), Job(1, 'a', [10]), Job(3, 'c'), Job(1, 'd', [4, 4])]
    queue: asyncio.Queue = asyncio.Queue()
    results: List[Result] = []
    async with AsyncExitStack() as stack:
        workers = await stack.enter_async_context(pool(2, queue, results))
        stack.callback(events['stack'].append, 'closed')
        for job in sorted(jobs):
            queue.put_nowait(job)
        await queue.join()
    for r in sorted(results):
        print(r)
    by_state = OrderedDict((j.job_id, j.state) for j in sorted(jobs, key=lambda j: j.job_id))
    print(by_state)
    print(sum((w.handled for w in workers), Counter()))
    print([asdict(replace(j, payload=[])) for j in jobs if j.state is State.FAILED])
    print(dict(events), State.DONE in State, State(3))


asyncio.run(main())
