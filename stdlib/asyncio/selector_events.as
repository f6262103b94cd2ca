"""The event loop's socket operations (loop.sock_recv and friends): each
tries the non-blocking call at once and, if it would block, waits for the
socket in the poller (add_reader/add_writer) and tries again."""


def _check_nonblocking(loop, sock):
    """In debug mode only, as in CPython: a blocking socket is refused."""
    if loop.get_debug() and sock.gettimeout() != 0:
        raise ValueError("the socket must be non-blocking")


class SocketMethods:
    """Mixed into the event loop class (events.as)."""

    def _wait_readable(self, fut, fd, callback, *args):
        self.add_reader(fd, callback, *args)
        fut.add_done_callback(lambda f: self.remove_reader(fd))

    def _wait_writable(self, fut, fd, callback, *args):
        self.add_writer(fd, callback, *args)
        fut.add_done_callback(lambda f: self.remove_writer(fd))

    def _retry(self, fut, op, *args):
        """Runs op(*args) for a waiting future: its result finishes fut;
        if it would block again, the future waits on."""
        if fut.done():
            return
        try:
            result = op(*args)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)

    async def _read_op(self, sock, op, *args):
        _check_nonblocking(self, sock)
        try:
            return op(*args)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        self._wait_readable(fut, sock.fileno(), self._retry, fut, op, *args)
        return await fut

    async def sock_recv(self, sock, n):
        """Receives up to n bytes from the non-blocking socket sock."""
        return await self._read_op(sock, sock.recv, n)

    async def sock_recv_into(self, sock, buf):
        """Receives into buf; returns the number of bytes."""
        return await self._read_op(sock, sock.recv_into, buf)

    async def sock_recvfrom(self, sock, bufsize):
        """Receives a datagram: (data, address)."""
        return await self._read_op(sock, sock.recvfrom, bufsize)

    async def sock_sendto(self, sock, data, address):
        """Sends a datagram to address; returns the number of bytes sent."""
        _check_nonblocking(self, sock)
        try:
            return sock.sendto(data, address)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        self._wait_writable(fut, sock.fileno(), self._retry, fut, sock.sendto, data, address)
        return await fut

    async def sock_sendall(self, sock, data):
        """Sends all of data, waiting for room as often as needed."""
        _check_nonblocking(self, sock)
        data = bytes(data)
        try:
            sent = sock.send(data)
        except (BlockingIOError, InterruptedError):
            sent = 0
        if sent == len(data):
            return
        fut = self.create_future()
        self._wait_writable(fut, sock.fileno(), self._send_rest, fut, sock, data, [sent])
        return await fut

    def _send_rest(self, fut, sock, data, position):
        if fut.done():
            return
        try:
            sent = sock.send(data[position[0]:])
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
            return
        position[0] += sent
        if position[0] == len(data):
            fut.set_result(None)

    async def sock_connect(self, sock, address):
        """Connects the non-blocking socket sock to address."""
        _check_nonblocking(self, sock)
        try:
            sock.connect(address)
            return
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        self._wait_writable(fut, sock.fileno(), self._connect_done, fut, sock, address)
        return await fut

    def _connect_done(self, fut, sock, address):
        if fut.done():
            return
        import socket
        try:
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err != 0:
                raise OSError(err, f'Connect call failed {address}')
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)

    async def sock_accept(self, sock):
        """Accepts a connection: (conn, address), conn non-blocking."""
        _check_nonblocking(self, sock)
        fut = self.create_future()
        self._accept(fut, sock, False)
        return await fut

    def _accept(self, fut, sock, waiting):
        if fut.done():
            return
        try:
            conn, address = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError):
            if not waiting:
                self._wait_readable(fut, sock.fileno(), self._accept, fut, sock, True)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result((conn, address))

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        """socket.getaddrinfo, run on the default executor."""
        import socket
        return await self.run_in_executor(None, socket.getaddrinfo, host, port, family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        import socket
        return await self.run_in_executor(None, socket.getnameinfo, sockaddr, flags)
