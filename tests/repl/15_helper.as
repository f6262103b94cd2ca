# conform: skip
# Helper for 15_interactive_file.repl, which runs it with `aster -i` and then
# uses its globals at the prompt.  Not a test by itself.
import asyncio

greeting = 'hello from the file'


def square(n):
    return n * n


async def fetch():
    await asyncio.sleep(0.01)
    return 'fetched'

print('file ran')
