# %(taskName)s is the running asyncio task's name
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(name)s %(taskName)s: %(message)s")
log = logging.getLogger("work")


async def job(n):
    log.warning("job %d", n)


async def main():
    log.warning("main")
    await asyncio.gather(asyncio.create_task(job(1), name="first"),
                         asyncio.create_task(job(2), name="second"))


asyncio.run(main())
log.warning("outside")
