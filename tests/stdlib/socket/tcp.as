# A TCP client and server on loopback in one script: the listening
# socket's backlog lets the blocking connect finish before accept.
import socket


def shape(addr):
    # Addresses without the port numbers the system chose.
    return (addr[0],) + tuple('port' if i == 1 else x for i, x in enumerate(addr) if i)


def masked_repr(sock):
    # repr() without fd and ports.
    text = repr(sock)
    laddr = text.find('laddr=')
    head = text[:text.find('fd=')]
    return head + text[text.find('family='):laddr if laddr >= 0 else len(text)]


server = socket.socket()
print(server.family, server.type, server.proto, repr(server.family), repr(server.type))
print(server.gettimeout(), server.getblocking())
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
print(server.getsockname())
server.bind(('127.0.0.1', 0))
host, port = server.getsockname()
print(host, 0 < port < 65536)
server.listen()
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
print(masked_repr(server))

client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print(client.connect_ex(('127.0.0.1', port)))
conn, addr = server.accept()
print(type(conn).__name__, shape(addr), conn.gettimeout())
print(shape(conn.getsockname()), shape(conn.getpeername()))
print(client.getpeername() == conn.getsockname(), client.getsockname() == conn.getpeername())
print('laddr=' in repr(conn), 'raddr=' in repr(conn))

print(client.send(b'hello '))
client.sendall(b'world' * 1000)
client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(client.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
print(conn.recv(6, socket.MSG_PEEK))
print(conn.recv(6))
received = b''
while len(received) < 5000:
    received += conn.recv(4096)
print(len(received), received[:10])

buf = bytearray(8)
conn.sendall(bytearray(b'abcdefgh'))
print(client.recv_into(buf, 3), buf)
rest = bytearray(5)
got = 0
while got < 5:
    got += client.recv_into(rest, 5 - got)
    if got < 5:
        print('short read')
print(rest)

client.shutdown(socket.SHUT_WR)
print(conn.recv(10))
conn.sendall(b'after shutdown')
print(client.recv(100))
conn.close()
print(client.recv(100))
print(masked_repr(conn))

with client as c:
    print(c is client)
print(client.fileno(), masked_repr(client))
client.close()

dup = server.dup()
print(dup.fileno() != server.fileno(), dup.family, dup.type, dup.getsockname() == server.getsockname())
dup.close()
fd = server.detach()
print(server.fileno(), fd >= 0)
again = socket.socket(fileno=fd)
print(again.family, again.type, again.proto, again.getsockname() == (host, port))
again.close()

# create_server / create_connection
with socket.create_server(('127.0.0.1', 0)) as srv:
    address = srv.getsockname()
    print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
    with socket.create_connection(address, timeout=5) as cli:
        print(cli.gettimeout(), cli.proto)
        peer, _ = srv.accept()
        with peer:
            peer.sendall(b'ping')
            print(cli.recv(4))
