# asyncio's "Task exception was never retrieved" goes through the
# "asyncio" logger once logging is imported
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(name)s: %(message)s")


async def boom():
    raise ValueError("lost")


async def main():
    t = asyncio.get_running_loop().create_task(boom())
    await asyncio.sleep(0.1)
    del t


asyncio.run(main())
print("end")
