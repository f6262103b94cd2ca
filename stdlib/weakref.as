# weakref -- references that do not keep their object alive, and the
# containers built on them.
#
# ref comes from _weakref (obj_weakref.c).  aster's collector is a tracing
# one: an object dies at the first collection after its last strong
# reference goes away (gc.collect() forces one), and only then are its
# weak references cleared and their callbacks run.

import _weakref

ref = _weakref.ref
ReferenceType = _weakref.ReferenceType
getweakrefcount = _weakref.getweakrefcount
getweakrefs = _weakref.getweakrefs

__all__ = ["ref", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "WeakValueDictionary", "WeakSet", "finalize"]


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes away when
    its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        def remove(wr):
            if self.data.get(key) is wr:
                del self.data[key]
        return ref(value, remove)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = self._ref(key, default)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def __or__(self, other):
        if hasattr(other, "items"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes away when its
    key dies.  Keys must be hashable and support weak references."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _ref(self, key):
        def remove(k):
            try:
                del self.data[k]
            except KeyError:
                pass
        return ref(key, remove)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        r = ref(key)
        if r in self.data:
            self.data[r] = value
        else:
            self.data[self._ref(key)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        r = ref(key)
        if r in self.data:
            return self.data[r]
        self.data[self._ref(key)] = default
        return default

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if len(kwargs):
            self.update(kwargs)

    def __or__(self, other):
        if hasattr(other, "items"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet:
    """A set whose members are held weakly: a member leaves when it
    dies."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def _ref(self, item):
        def remove(wr):
            self.data.discard(wr)
        return ref(item, remove)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        if ref(item) not in self.data:
            self.data.add(self._ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.data.intersection_update(ref(item) for item in other)

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        for item in other:
            if item in self:
                self.discard(item)
            else:
                self.add(item)

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args,
    **kwargs) once, when obj dies or when the finalizer is called,
    whichever comes first."""

    _registry = {}
    _index = 0

    def __init__(self, obj, func, /, *args, **kwargs):
        finalize._index += 1
        self._key = finalize._index
        self._func = func
        self._args = args
        self._kwargs = kwargs or None
        self.atexit = True
        self._weakref = ref(obj, self)
        finalize._registry[self._key] = self

    def __call__(self, _=None):
        """Calls the function (the first time only) and returns its
        result; later calls return None."""
        if finalize._registry.pop(self._key, None) is not None:
            func, args, kwargs = self._func, self._args, self._kwargs or {}
            self._func = self._args = self._kwargs = None
            return func(*args, **kwargs)

    def detach(self):
        """Forgets the finalizer; returns (obj, func, args, kwargs) if it
        was alive, else None."""
        obj = self._weakref()
        if obj is not None and finalize._registry.pop(self._key, None) is not None:
            result = (obj, self._func, self._args, self._kwargs or {})
            self._func = self._args = self._kwargs = None
            return result

    def peek(self):
        """(obj, func, args, kwargs) if the finalizer is alive, else None."""
        obj = self._weakref()
        if obj is not None and self._key in finalize._registry:
            return (obj, self._func, self._args, self._kwargs or {})

    @property
    def alive(self):
        return self._key in finalize._registry

    def __repr__(self):
        obj = self._weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))
