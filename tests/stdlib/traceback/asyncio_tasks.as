# tracebacks of exceptions from asyncio tasks, printed and logged
import asyncio
import logging
import sys
import traceback

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(taskName)s %(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger(__name__)


async def fetch(n):
    await asyncio.sleep(0.1)
    if n == 2:
        raise ConnectionError("host %d down" % n)
    return n


async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(3)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("".join(traceback.format_exception(r)))
            log.error("failed: %s", r, exc_info=r)
    try:
        await fetch(2)
    except ConnectionError:
        traceback.print_exc(file=sys.stdout)
        log.exception("again")

asyncio.run(main())
