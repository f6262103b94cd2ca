# TCP over IPv6 loopback; addresses are 4-tuples, 2-tuples are accepted.
import socket

print(socket.has_ipv6, socket.has_dualstack_ipv6())
server = socket.create_server(('::1', 0), family=socket.AF_INET6)
print(server.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
host, port, flowinfo, scope_id = server.getsockname()
print(host, flowinfo, scope_id)
client = socket.socket(socket.AF_INET6)
client.connect(('::1', port))
conn, addr = server.accept()
print(len(addr), addr[0], addr == client.getsockname())
print(repr(conn.family), conn.getpeername() == client.getsockname())
client.sendall(b'six')
print(conn.recv(10))
for s in (client, conn, server):
    s.close()

with socket.create_server(('', 0), family=socket.AF_INET6, dualstack_ipv6=True) as server:
    port = server.getsockname()[1]
    print(server.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
    with socket.create_connection(('127.0.0.1', port)) as client:
        conn, addr = server.accept()
        print(addr[0], len(addr))
        conn.close()
try:
    socket.create_server(('', 0), dualstack_ipv6=True)
except ValueError as e:
    print(e)
