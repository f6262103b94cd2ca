"""Container datatypes.  Only deque is here so far; defaultdict,
OrderedDict, Counter and namedtuple are still to come."""

from _collections import deque

__all__ = ['deque']
