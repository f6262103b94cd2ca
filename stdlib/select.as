"""Waiting for I/O on file descriptors: select() and poll objects.  The
waits are in the native module _select; this module turns objects with
fileno() into descriptors and keeps the poll objects' registrations."""

import _select
from _select import (POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL,
                     POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLMSG,
                     POLLRDHUP)

error = OSError


def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    elif hasattr(obj, 'fileno'):
        fd = obj.fileno()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    else:
        raise TypeError('argument must be an int, or have a fileno() method.')
    if fd < 0:
        raise ValueError(f'file descriptor cannot be a negative integer ({fd})')
    return fd


def _seconds(timeout):
    if timeout is None:
        return None
    if not isinstance(timeout, (int, float)):
        raise TypeError('timeout must be a float or None')
    if timeout < 0:
        raise ValueError('timeout must be non-negative')
    return float(timeout)


def select(rlist, wlist, xlist, timeout=None, /):
    """Waits until some of the objects are ready for reading, writing or
    an exceptional condition, or until timeout seconds have passed;
    returns the three lists of those that are ready."""
    objects = [list(rlist), list(wlist), list(xlist)]
    seconds = _seconds(timeout)
    fds = [[_fileno(obj) for obj in group] for group in objects]
    ready = _select.select(fds[0], fds[1], fds[2], seconds)
    result = []
    for group, group_fds, ready_fds in zip(objects, fds, ready):
        ready_set = set(ready_fds)
        result.append([obj for obj, fd in zip(group, group_fds) if fd in ready_set])
    return tuple(result)


class poll:
    """A set of descriptors to wait for with poll(2)."""

    def __init__(self):
        self._events = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        self._events[_fileno(fd)] = eventmask

    def modify(self, fd, eventmask, /):
        fd = _fileno(fd)
        if fd not in self._events:
            raise FileNotFoundError(2, 'No such file or directory')
        self._events[fd] = eventmask

    def unregister(self, fd, /):
        del self._events[_fileno(fd)]

    def poll(self, timeout=None, /):
        """Waits up to timeout milliseconds (None or negative: no limit);
        returns a list of (fd, events) for the descriptors ready."""
        if timeout is None:
            ms = -1
        elif not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be an integer or None')
        elif timeout < 0:
            ms = -1
        else:
            ms = int(timeout)
            if ms < timeout:
                ms += 1
        return _select.poll(list(self._events), list(self._events.values()), ms)
