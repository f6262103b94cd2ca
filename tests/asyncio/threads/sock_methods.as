# The loop's socket operations on loopback: an echo server made of
# sock_accept/sock_recv/sock_sendall, clients using sock_connect, a
# refused connection, a read that times out and a UDP round trip.
import asyncio
import socket


async def serve(listener, count):
    loop = asyncio.get_running_loop()
    for _ in range(count):
        conn, _addr = await loop.sock_accept(listener)
        loop.create_task(echo(conn))


async def echo(conn):
    loop = asyncio.get_running_loop()
    with conn:
        while True:
            data = await loop.sock_recv(conn, 1024)
            if not data:
                break
            await loop.sock_sendall(conn, data.upper())


async def client(port, n):
    loop = asyncio.get_running_loop()
    with socket.socket() as s:
        s.setblocking(False)
        await loop.sock_connect(s, ('127.0.0.1', port))
        await loop.sock_sendall(s, ('hello %d ' % n).encode() * 1000)
        s.shutdown(socket.SHUT_WR)
        got = b''
        while chunk := await loop.sock_recv(s, 4096):
            got += chunk
        return n, len(got), got[:8]


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen()
    listener.setblocking(False)
    port = listener.getsockname()[1]
    server = loop.create_task(serve(listener, 5))
    print(await asyncio.gather(*(client(port, n) for n in range(5))))
    await server
    listener.close()

    closed = socket.socket()
    closed.bind(('127.0.0.1', 0))
    free_port = closed.getsockname()[1]
    closed.close()
    with socket.socket() as s:
        s.setblocking(False)
        try:
            await loop.sock_connect(s, ('127.0.0.1', free_port))
        except ConnectionRefusedError as e:
            print('refused:', type(e).__name__, e.errno)

    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    try:
        await asyncio.wait_for(loop.sock_recv(a, 10), 0.5)
    except TimeoutError:
        print('recv timed out; the socket still works:', end=' ')
    await loop.sock_sendall(b, b'late')
    print(await loop.sock_recv(a, 10))
    a.close()
    b.close()

    blocking = socket.socket()
    loop.set_debug(True)
    try:
        await loop.sock_recv(blocking, 1)
    except ValueError as e:
        print('ValueError:', e)
    loop.set_debug(False)
    blocking.close()

    u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for u in (u1, u2):
        u.bind(('127.0.0.1', 0))
        u.setblocking(False)
    await loop.sock_sendto(u1, b'datagram', u2.getsockname())
    data, addr = await loop.sock_recvfrom(u2, 100)
    print(data, addr == u1.getsockname())
    u1.close()
    u2.close()


asyncio.run(main())
