"""Future: the result of an operation that has not finished yet."""

from _asyncio import Future
from ._core import isfuture

__all__ = ('Future', 'isfuture', 'wrap_future')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def wrap_future(future, *, loop=None):
    """An asyncio future for `future`, which already is one in aster."""
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
