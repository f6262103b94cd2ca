"""BSD sockets.  The system calls are in the native module _socket; this
module adds the socket class with its Python-level methods (accept, dup,
the context manager, the repr), the enums the constants belong to, and
the helpers socketpair, fromfd, create_connection and create_server."""

import _socket
from _socket import *
from enum import IntEnum, IntFlag

error = OSError
SocketType = _socket.socket
timeout = TimeoutError
has_ipv6 = True


def _constants(prefix, exclude=()):
    return {name: value for name, value in vars(_socket).items()
            if name.startswith(prefix) and name not in exclude}


# The constants become members of these enums, as in CPython, so that
# getaddrinfo and the family/type attributes show <AddressFamily.AF_INET: 2>.
AddressFamily = IntEnum('AddressFamily', _constants('AF_'), module=__name__)
SocketKind = IntEnum('SocketKind', _constants('SOCK_'), module=__name__)
MsgFlag = IntFlag('MsgFlag', _constants('MSG_'), module=__name__)
AddressInfo = IntFlag('AddressInfo', _constants('AI_'), module=__name__)
for _enum in (AddressFamily, SocketKind, MsgFlag, AddressInfo):
    globals().update(_enum.__members__)
del _enum


def _as_enum(value, enum_class):
    """enum_class(value), or value itself when it names no member."""
    try:
        return enum_class(value)
    except ValueError:
        return value


class socket(_socket.socket):
    """A socket: socket(family=AF_INET, type=SOCK_STREAM, proto=0,
    fileno=None)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        text = (f"<{type(self).__module__}.{type(self).__qualname__}"
                f"{' [closed]' if closed else ''} fd={self.fileno()}, "
                f"family={self.family}, type={self.type}, proto={self.proto}")
        if not closed:
            for label, method in (('laddr', self.getsockname), ('raddr', self.getpeername)):
                try:
                    address = method()
                except OSError:
                    continue
                if address:
                    text += f", {label}={address}"
        return text + '>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")

    @property
    def family(self):
        return _as_enum(super().family, AddressFamily)

    @property
    def type(self):
        return _as_enum(super().type, SocketKind)

    def dup(self):
        """A new socket object on a duplicate of the descriptor."""
        copy = type(self)(self.family, self.type, self.proto, fileno=dup(self.fileno()))
        copy.settimeout(self.gettimeout())
        return copy

    def accept(self):
        """Waits for a connection: (socket, address of the peer)."""
        fd, address = self._accept()
        conn = socket(self.family, self.type, self.proto, fileno=fd)
        # A listening socket with a timeout hands out blocking sockets
        # unless a default timeout says otherwise.
        if getdefaulttimeout() is None and self.gettimeout():
            conn.setblocking(True)
        return conn, address

    def close(self):
        self._closed = True
        _socket.socket.close(self)

    def detach(self):
        """Gives up the descriptor without closing it, and returns it."""
        self._closed = True
        return _socket.socket.detach(self)


def fromfd(fd, family, type, proto=0):
    """A socket object on a duplicate of the descriptor fd."""
    return socket(family, type, proto, dup(fd))


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """A pair of connected sockets (AF_UNIX unless told otherwise)."""
    if family is None:
        family = AF_UNIX
    a, b = _socket._socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolves host and port into a list of (family, type, proto,
    canonname, sockaddr) tuples."""
    return [(_as_enum(af, AddressFamily), _as_enum(kind, SocketKind), pr, canon, sa)
            for af, kind, pr, canon, sa in _socket.getaddrinfo(host, port, family, type, proto, flags)]


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connects to (host, port), trying each address getaddrinfo gives
    until one accepts; raises the last failure (or all of them in an
    ExceptionGroup when all_errors is true)."""
    host, port = address
    failures = []
    for af, kind, proto, _, sockaddr in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as exc:
            if sock is not None:
                sock.close()
            # Without all_errors only the last failure is reported.
            if not all_errors:
                failures.clear()
            failures.append(exc)
    if not failures:
        raise error("getaddrinfo returns an empty list")
    if all_errors:
        raise ExceptionGroup("create_connection failed", failures)
    raise failures[0]


def has_dualstack_ipv6():
    """Whether one AF_INET6 socket can accept IPv4 connections too."""
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except OSError:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A TCP socket bound to address and listening."""
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        try:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        except OSError:
            pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            if dualstack_ipv6:
                sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            else:
                try:
                    sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1)
                except OSError:
                    pass
        try:
            sock.bind(address)
        except OSError as err:
            raise error(err.errno, f'{err.strerror} (while attempting to bind on address {address!r})') from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except OSError:
        sock.close()
        raise


# What `from socket import *` gives: the public names, without the
# names taken from enum.
__all__ = [n for n in globals() if not n.startswith('_') and n not in ('IntEnum', 'IntFlag')]
