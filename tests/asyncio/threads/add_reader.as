# add_reader/add_writer watch file descriptors in the event loop: here a
# pipe, written by the loop itself and by another thread.
import asyncio
import os
import threading


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    chunks = []
    finished = loop.create_future()

    def on_readable():
        data = os.read(r, 100)
        if data:
            chunks.append(data)
        else:
            print('remove_reader:', loop.remove_reader(r))
            finished.set_result(b''.join(chunks))

    loop.add_reader(r, on_readable)

    def on_writable():
        os.write(w, b'from the loop; ')
        print('remove_writer:', loop.remove_writer(w))

    loop.add_writer(w, on_writable)
    await asyncio.sleep(0.1)

    def thread_writes():
        os.write(w, b'from a thread')
        os.close(w)

    threading.Thread(target=thread_writes).start()
    print(await finished)
    print('again:', loop.remove_reader(r), loop.remove_writer(w))
    os.close(r)
    for bad in (-1, 'x'):
        try:
            loop.add_reader(bad, print)
        except ValueError as e:
            print('ValueError:', e)


asyncio.run(main())
