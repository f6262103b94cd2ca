# Module functions and constants.
import socket

for name in ('AF_INET', 'AF_INET6', 'AF_UNIX', 'AF_UNSPEC', 'SOCK_STREAM', 'SOCK_DGRAM',
             'SOCK_NONBLOCK', 'SOCK_CLOEXEC', 'SOL_SOCKET', 'SO_REUSEADDR', 'SO_REUSEPORT',
             'SO_KEEPALIVE', 'SO_ERROR', 'SO_SNDBUF', 'SO_RCVBUF', 'SO_TYPE', 'IPPROTO_TCP',
             'IPPROTO_UDP', 'IPPROTO_IP', 'IPPROTO_IPV6', 'TCP_NODELAY', 'IPV6_V6ONLY', 'SHUT_RD',
             'SHUT_WR', 'SHUT_RDWR', 'MSG_PEEK', 'MSG_DONTWAIT', 'AI_PASSIVE', 'AI_NUMERICHOST',
             'AI_CANONNAME', 'NI_NUMERICHOST', 'NI_NUMERICSERV', 'INADDR_ANY', 'INADDR_LOOPBACK',
             'INADDR_BROADCAST', 'SOMAXCONN', 'has_ipv6'):
    value = getattr(socket, name)
    print(name, repr(value), int(value))
print(socket.AF_INET == 2, isinstance(socket.AF_INET, int), socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(list(socket.SocketKind)[:2], socket.AddressFamily(10), socket.MsgFlag.MSG_PEEK | socket.MsgFlag.MSG_DONTWAIT)
print(f'{socket.AF_INET}', str(socket.SOCK_DGRAM), socket.AddressInfo.AI_PASSIVE)

print(socket.inet_aton('127.0.0.1'), socket.inet_aton('1.2.3'), socket.inet_ntoa(b'\x7f\x00\x00\x01'))
print(socket.inet_pton(socket.AF_INET, '10.0.0.1'), socket.inet_pton(socket.AF_INET6, '::1'))
print(socket.inet_ntop(socket.AF_INET, b'\x0a\x00\x00\x01'),
      socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, 'fe80::1:2')))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216), socket.htons(0x1234))

print(socket.getaddrinfo('127.0.0.1', 80, type=socket.SOCK_STREAM))
print(socket.getaddrinfo('::1', 'http', socket.AF_INET6, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo('127.0.0.1', None, socket.AF_INET, socket.SOCK_DGRAM))
print(socket.getaddrinfo(b'127.0.0.1', b'53', proto=socket.IPPROTO_UDP))
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(('::1', 8080, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.gethostbyname('127.0.0.1'), socket.gethostbyname('localhost'))
print(type(socket.gethostname()).__name__, len(socket.gethostname()) > 0)

a, b = socket.socketpair()
c = socket.fromfd(a.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
print(c.fileno() != a.fileno(), repr(c.family))
c.sendall(b'through the copy')
print(b.recv(100))
fd = socket.dup(b.fileno())
socket.close(fd)
for s in (a, b, c):
    s.close()


def attempt(label, f):
    try:
        print(label, 'ok', f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('inet_aton', lambda: socket.inet_aton('1.2.3.x'))
attempt('inet_ntoa', lambda: socket.inet_ntoa(b'abc'))
attempt('inet_pton', lambda: socket.inet_pton(socket.AF_INET, 'x'))
attempt('inet_pton family', lambda: socket.inet_pton(99, 'x'))
attempt('inet_ntop length', lambda: socket.inet_ntop(socket.AF_INET, b'abc'))
attempt('inet_ntop family', lambda: socket.inet_ntop(99, b'abcd'))
attempt('htons big', lambda: socket.htons(70000))
attempt('htons negative', lambda: socket.htons(-1))
attempt('htonl big', lambda: socket.htonl(2 ** 32))
attempt('htonl negative', lambda: socket.htonl(-1))
attempt('htons str', lambda: socket.htons('a'))
attempt('service', lambda: socket.getaddrinfo('127.0.0.1', 'nosuchservice'))
attempt('host int', lambda: socket.getaddrinfo(1, 80))
attempt('port float', lambda: socket.getaddrinfo('127.0.0.1', 1.5))
attempt('no host', lambda: socket.getaddrinfo(None, None))
attempt('nameinfo short', lambda: socket.getnameinfo(('127.0.0.1',), 0))
attempt('nameinfo str', lambda: socket.getnameinfo('x', 0))
try:
    socket.getaddrinfo('127.0.0.1', 'nosuchservice')
except socket.gaierror as e:
    print(e.args, e.errno, e.strerror)
