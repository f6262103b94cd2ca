# driving a coroutine by hand: send(None) runs it and StopIteration carries the return value
async def job():
    print('job body')
    return 'done'


coro = job()
try:
    coro.send(None)
except StopIteration as e:
    print('StopIteration value', e.value)
try:
    coro.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
