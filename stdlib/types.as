"""Names for the types of the interpreter's own objects, SimpleNamespace,
and the helpers of dynamic class creation."""

from _asyncio import _mark_iterable_coroutine

__all__ = (
    'FunctionType', 'LambdaType', 'CodeType', 'MethodType', 'BuiltinFunctionType',
    'BuiltinMethodType', 'WrapperDescriptorType', 'GetSetDescriptorType', 'CellType',
    'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'ModuleType', 'TracebackType',
    'NoneType', 'NotImplementedType', 'EllipsisType', 'GenericAlias', 'UnionType',
    'SimpleNamespace', 'new_class', 'prepare_class', 'resolve_bases', 'get_original_bases',
    'coroutine', 'MappingProxyType',
)


def _function():
    pass


def _cell():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


def _generator():
    yield


async def _coroutine():
    pass


async def _async_generator():
    yield


class _Class:
    def method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MethodType = type(_Class().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
GetSetDescriptorType = type(object.__dict__['__class__'])
CellType = type(_cell())
GeneratorType = type(_generator())
_c = _coroutine()
CoroutineType = type(_c)
_c.close()
del _c
AsyncGeneratorType = type(_async_generator())
import sys as _sys
ModuleType = type(_sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
GenericAlias = type(list[int])
UnionType = type(int | str)


def _traceback_type():
    try:
        raise ValueError
    except ValueError as e:
        return type(e.__traceback__)


TracebackType = _traceback_type()


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return 'namespace(...)'
        _repr_running.add(key)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f'namespace({items})'

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


_repr_running = set()


def resolve_bases(bases):
    """bases with each non-class that has __mro_entries__ replaced by its entries."""
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        changed = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not changed:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class about to be made."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Makes a class the way a class statement would; exec_body(ns) fills it."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


def get_original_bases(cls):
    """The bases a class statement listed, before __mro_entries__."""
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


_CO_GENERATOR = 0x20


def coroutine(func):
    """Makes a generator function awaitable (a generator-based coroutine)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and code is not None and code.co_flags & _CO_GENERATOR:
        _mark_iterable_coroutine(func)
        return func

    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)
    wrapped.__name__ = getattr(func, '__name__', 'wrapped')
    wrapped.__qualname__ = getattr(func, '__qualname__', 'wrapped')
    wrapped.__doc__ = getattr(func, '__doc__', None)
    wrapped.__wrapped__ = func
    return wrapped


class MappingProxyType:
    """A read-only view of a mapping (written in aster here, where CPython
    has a builtin type)."""
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__'):
            raise TypeError(f'mappingproxy() argument must be a mapping, not {type(mapping).__name__}')
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)


MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'
MappingProxyType.__module__ = 'builtins'
