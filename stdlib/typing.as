"""Names for type hints.  Nothing here checks types at run time: the
objects only have to exist, subscript, compare and print as in CPython."""

import sys
import collections
import collections.abc as _cabc
import contextlib

__all__ = [
    'Annotated', 'Any', 'AnyStr', 'AsyncContextManager', 'AsyncGenerator',
    'AsyncIterable', 'AsyncIterator', 'Awaitable', 'Callable', 'ChainMap',
    'ClassVar', 'Collection', 'Concatenate', 'Container', 'ContextManager',
    'Coroutine', 'Counter', 'DefaultDict', 'Deque', 'Dict', 'Final',
    'FrozenSet', 'Generator', 'Generic', 'Hashable', 'ItemsView', 'Iterable',
    'Iterator', 'KeysView', 'List', 'Literal', 'LiteralString', 'Mapping',
    'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
    'NamedTuple', 'Never', 'NewType', 'NoReturn', 'NotRequired', 'Optional',
    'OrderedDict', 'ParamSpec', 'Protocol', 'Required', 'Reversible', 'Self',
    'Sequence', 'Set', 'Sized', 'SupportsAbs', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound', 'Text', 'Tuple', 'Type',
    'TypeAlias', 'TypeGuard', 'TypeVar', 'TypeVarTuple', 'TypedDict', 'Union',
    'Unpack', 'ValuesView', 'TYPE_CHECKING', 'assert_never', 'assert_type',
    'cast', 'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'no_type_check',
    'overload', 'override', 'reveal_type', 'runtime_checkable',
]

TYPE_CHECKING = False

_NoneType = type(None)


def _plain_isinstance(obj, cls):
    """isinstance without the metaclass hook (type.__instancecheck__)."""
    return cls in type(obj).__mro__


def _plain_issubclass(sub, cls):
    if not isinstance(sub, type):
        raise TypeError('issubclass() arg 1 must be a class')
    return cls in sub.__mro__


def _type_repr(obj):
    """How a type argument prints inside typing's reprs."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasTypes):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


def _type_check(arg, msg, is_argument=True):
    """Checks a type argument as CPython does: None becomes NoneType and
    a string a ForwardRef; bare special forms and tuples are refused;
    anything else passes."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    invalid = (Generic, Protocol, ClassVar, Final) if is_argument else (Generic, Protocol)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid:
        raise TypeError(f'{arg} is not valid as type argument')
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


def _collect_parameters(args):
    params = []
    for arg in args:
        if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
            if arg not in params:
                params.append(arg)
        elif isinstance(arg, (list, tuple)):
            for p in _collect_parameters(arg):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(arg, '__parameters__', ()):
                if isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and p not in params:
                    params.append(p)
    return tuple(params)


class ForwardRef:
    """A type hint written as a string, evaluated by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        namespace = dict(globalns or {})
        namespace.update(localns or {})
        return eval(self.__forward_arg__, namespace)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


# ---------------------------------------------------------------------
# Special forms: Any, Union, Optional, ClassVar, Literal, ...

class _SpecialForm:
    """A typing name that is not a class (typing.Union, typing.ClassVar);
    subscripting one calls its getitem function."""

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return _plain_isinstance(obj, self)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type; may be subclassed (3.11+)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


def _single(form, parameters, what):
    item = _type_check(parameters, f'{form} accepts only single type.',
                       is_argument=what not in ('ClassVar', 'Final'))
    return _GenericAlias(form, (item,))


NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', lambda self, p: _single(self, p, 'ClassVar'))
Final = _SpecialForm('Final', lambda self, p: _single(self, p, 'Final'))
TypeGuard = _SpecialForm('TypeGuard', lambda self, p: _single(self, p, 'TypeGuard'))
Required = _SpecialForm('Required', lambda self, p: _single(self, p, 'Required'))
NotRequired = _SpecialForm('NotRequired', lambda self, p: _single(self, p, 'NotRequired'))
Unpack = _SpecialForm('Unpack', lambda self, p: _single(self, p, 'Unpack'))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    checked = [_type_check(p, 'Union[arg, ...]: each arg must be a type.') for p in parameters]
    flat = []
    for p in checked:
        if isinstance(p, _UnionGenericAlias):
            members = p.__args__
        elif type(p).__name__ == 'UnionType':
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat))


Union = _SpecialForm('Union', _union_getitem)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f'{self} requires a single type.')
    return Union[arg, type(None)]


Optional = _SpecialForm('Optional', _optional_getitem)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    unique = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if not any(type(m) is type(u) and m == u for u in unique):
                unique.append(m)
    return _LiteralGenericAlias(self, tuple(unique))


Literal = _SpecialForm('Literal', _literal_getitem)


def _concatenate_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


Concatenate = _SpecialForm('Concatenate', _concatenate_getitem)


# ---------------------------------------------------------------------
# Type variables

class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if getattr(self, '__infer_variance__', False):
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of {type(self).__name__}')


def _caller_module():
    try:
        return sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class TypeVar(_TypeVarLike):
    """A type variable: T = TypeVar('T'), TypeVar('N', int, float),
    TypeVar('B', bound=Base)."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(_type_check(c, 'TypeVar(name, constraint, ...): constraints must be types.')
                                     for c in constraints)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'


class ParamSpec(_TypeVarLike):
    """P = ParamSpec('P'): the parameters of a callable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__bound__ = bound

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class TypeVarTuple:
    """Ts = TypeVarTuple('Ts'): any number of types."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


Text = str


# ---------------------------------------------------------------------
# Aliases: List[int], Dict[str, int], Callable[[int], str], C[T]

class _BaseAlias:
    """What subscripting a generic gives; calling it makes an instance of
    the origin."""

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseAlias) or issubclass(b, Generic):
                break
        else:
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__', '_name', '_inst', '__parameters__'):
            raise AttributeError(attr)
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_BaseAlias):
    """origin[args]: typing.List[int], typing.ClassVar[int], C[T]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = _collect_parameters(self.__args__)
        if name is None and not isinstance(origin, _SpecialForm):
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        # Substitutes the alias's type variables: Dict[str, T][int].
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        if not isinstance(args, tuple):
            args = (args,)
        if len(args) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(args) > len(self.__parameters__) else 'few'} "
                            f'arguments for {self}; actual {len(args)}, '
                            f'expected {len(self.__parameters__)}')
        subst = dict(zip(self.__parameters__, args))
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def _args_repr(self):
        return ', '.join(_type_repr(a) for a in self.__args__)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ():
            return f'{name}[()]'
        return f'{name}[{self._args_repr()}]'


def _substitute(arg, subst):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    return arg


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return f'typing.Union[{self._args_repr()}]'

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def _args_repr(self):
        return ', '.join(repr(a) for a in self.__args__)


class _CallableGenericAlias(_GenericAlias):
    def _args_repr(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is ... or isinstance(args[0], (ParamSpec, _GenericAlias))
                               and (isinstance(args[0], ParamSpec) or args[0].__origin__ is Concatenate)):
            return f'{_type_repr(args[0])}, {_type_repr(args[1])}'
        return '[' + ', '.join(_type_repr(a) for a in args[:-1]) + f'], {_type_repr(args[-1])}'

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)


class _SpecialGenericAlias(_BaseAlias):
    """An unsubscripted alias of a class: typing.List, typing.Iterable."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self._inst = inst
        self._nparams = nparams
        self._name = name or origin.__name__
        self.__origin__ = origin
        self.__args__ = ()
        self.__parameters__ = ()

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        if len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} "
                            f'arguments for {self}; actual {len(params)}, '
                            f'expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, type):
            raise TypeError('issubclass() arg 1 must be a class')
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            checked = tuple(_type_check(p, 'Tuple[t, ...]: t must be a type.') for p in params[:-1])
            return _GenericAlias(tuple, checked + (...,), name='Tuple')
        checked = tuple(_type_check(p, 'Tuple[t0, t1, ...]: each t must be a type.') for p in params)
        return _GenericAlias(tuple, checked, name='Tuple')


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        result = _type_check(result, 'Callable[args, result]: result must be a type.')
        if args is ... or isinstance(args, ParamSpec) or (
                isinstance(args, _GenericAlias) and args.__origin__ is Concatenate):
            params = (args, result)
        else:
            if not isinstance(args, (list, tuple)):
                args = (args,)
            params = tuple(_type_check(a, 'Callable[[arg, ...], result]: each arg must be a type.')
                           for a in args) + (result,)
        return _CallableGenericAlias(self.__origin__, params, name='Callable')


# ---------------------------------------------------------------------
# The aliases themselves

_alias = _SpecialGenericAlias

Hashable = _alias(_cabc.Hashable, 0)
Awaitable = _alias(_cabc.Awaitable, 1)
Coroutine = _alias(_cabc.Coroutine, 3)
AsyncIterable = _alias(_cabc.AsyncIterable, 1)
AsyncIterator = _alias(_cabc.AsyncIterator, 1)
Iterable = _alias(_cabc.Iterable, 1)
Iterator = _alias(_cabc.Iterator, 1)
Reversible = _alias(_cabc.Reversible, 1)
Sized = _alias(_cabc.Sized, 0)
Container = _alias(_cabc.Container, 1)
Collection = _alias(_cabc.Collection, 1)
Callable = _CallableType(_cabc.Callable, 2)
AbstractSet = _alias(_cabc.Set, 1, name='AbstractSet')
MutableSet = _alias(_cabc.MutableSet, 1)
Mapping = _alias(_cabc.Mapping, 2)
MutableMapping = _alias(_cabc.MutableMapping, 2)
Sequence = _alias(_cabc.Sequence, 1)
MutableSequence = _alias(_cabc.MutableSequence, 1)
ByteString = _alias(bytes, 0, name='ByteString')
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_cabc.MappingView, 1)
KeysView = _alias(_cabc.KeysView, 1)
ItemsView = _alias(_cabc.ItemsView, 2)
ValuesView = _alias(_cabc.ValuesView, 1)
ContextManager = _alias(contextlib.AbstractContextManager, 1, name='ContextManager')
AsyncContextManager = _alias(contextlib.AbstractAsyncContextManager, 1,
                             name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(_cabc.Generator, 3)
AsyncGenerator = _alias(_cabc.AsyncGenerator, 2)
Type = _alias(type, 1, name='Type')

_GenericAliasTypes = (_BaseAlias,)


# ---------------------------------------------------------------------
# Generic and Protocol

class Generic:
    """Base of user-defined generic classes: class Box(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, 'Parameters to generic types must be types.') for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            if not all(isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) for p in params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                'or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        else:
            expected = len(cls.__parameters__)
            if not expected:
                raise TypeError(f'{cls} is not a generic class')
            if len(params) != expected:
                raise TypeError(f"Too {'many' if len(params) > expected else 'few'} arguments "
                                f'for {cls}; actual {len(params)}, expected {expected}')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = ()
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) is not _TypedDictMeta)
        if error:
            raise TypeError('Cannot inherit from plain Generic')
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if gvars is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple times.')
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    raise TypeError(f"Some type variables ({', '.join(str(t) for t in missing)}) "
                                    f'are not listed in Generic[{", ".join(str(g) for g in gvars)}]')
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


_SPECIAL_NAMES = frozenset([
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__qualname__', '__parameters__', '__orig_bases__',
    '__orig_class__', '__protocol_attrs__', '__non_callable_proto_members__',
    '__type_params__', '__match_args__', '_is_protocol', '_is_runtime_protocol',
    '__init_subclass__', '__hash__', '__eq__'])


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return _plain_isinstance(instance, cls)
        if not getattr(cls, '_is_protocol', False):
            return _plain_isinstance(instance, cls)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if _plain_isinstance(instance, cls):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                value = getattr(instance, attr)
            except AttributeError:
                return False
            if value is None and attr not in cls.__non_callable_proto_members__:
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol or not getattr(cls, '_is_protocol', False):
            return _plain_issubclass(other, cls)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if cls.__non_callable_proto_members__:
            raise TypeError("Protocols with non-method members don't support issubclass()")
        for attr in cls.__protocol_attrs__:
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return False
                    break
            else:
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types: a class matches a protocol by having its
    methods and attributes (checked at run time only with
    @runtime_checkable)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        cls.__protocol_attrs__ = _protocol_attrs(cls)
        non_callable = set()
        for attr in cls.__protocol_attrs__:
            if not callable(getattr(cls, attr, None)):
                non_callable.add(attr)
        cls.__non_callable_proto_members__ = non_callable
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _no_init



# Made here: checking its constraints needs Generic and Protocol.
AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    """Lets isinstance() and issubclass() check a Protocol structurally."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        f' got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


class SupportsInt(Protocol):
    def __int__(self) -> int: ...


class SupportsFloat(Protocol):
    def __float__(self) -> float: ...


class SupportsIndex(Protocol):
    def __index__(self) -> int: ...


class SupportsAbs(Protocol):
    def __abs__(self): ...


class SupportsRound(Protocol):
    def __round__(self, ndigits: int = 0): ...


for _proto in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound):
    _proto._is_runtime_protocol = True


# ---------------------------------------------------------------------
# NamedTuple and TypedDict

_NAMEDTUPLE_PROHIBITED = frozenset(['__new__', '__init__', '__slots__', '__getnewargs__',
                                    '_fields', '_field_defaults', '_make', '_replace',
                                    '_asdict', '_source'])
_NAMEDTUPLE_SPECIAL = frozenset(['__module__', '__name__', '__annotations__', '__qualname__',
                                 '__orig_bases__'])


def _make_nmtuple(name, types, module, defaults=()):
    types = dict(types)
    nm_tpl = collections.namedtuple(name, list(types), defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types, ns['__module__'],
                               [ns[n] for n in default_names])
        for key in ns:
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: class P(NamedTuple): x: int, or
    NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    return _make_nmtuple(typename, fields, _caller_module() or '__main__')


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            (required if is_required else optional).add(key)
            (optional if is_required else required).discard(key)
        annotations.update(own)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __init__(cls, name, bases, ns, total=True):
        type.__init__(cls, name, bases, ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with fixed keys: class Movie(TypedDict): title: str.
    Calling it makes a plain dict."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module() or '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': 'typing'})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    return isinstance(tp, type) and type(tp) is _TypedDictMeta


# ---------------------------------------------------------------------
# Annotated and NewType

class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return (f'typing.Annotated[{_type_repr(self.__origin__)}, '
                f"{', '.join(repr(a) for a in self.__metadata__)}]")

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x, ...]: the type T with extra metadata."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.')
        return _AnnotatedAlias(origin, tuple(params[1:]))


class NewType:
    """UserId = NewType('UserId', int): a distinct name for a type;
    calling it returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        # The message names the subclass, known only once it is made.
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were '
                                f'looking for: `{name} = NewType({name!r}, {superclass_name})`')

        return (Dummy,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------------
# Functions

def cast(typ, val):
    """Returns val unchanged (tells a type checker its type)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


def overload(func):
    """Marks one signature of an overloaded function; the undecorated
    definition that follows is the one that runs."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'frozen_default': frozen_default,
            'field_specifiers': field_specifiers, 'kwargs': kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    """The unsubscripted form of an alias: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ in ('GenericAlias', 'UnionType'):
        return getattr(tp, '__origin__', None) if type(tp).__name__ == 'GenericAlias' else type(tp)
    return None


def get_args(tp):
    """The arguments of an alias: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _GenericAlias) or type(tp).__name__ in ('GenericAlias', 'UnionType'):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return _eval_hint(value._evaluate(globalns, localns), globalns, localns)
    if isinstance(value, _GenericAlias) and not isinstance(value, _AnnotatedAlias):
        args = tuple(_eval_hint(a, globalns, localns) if isinstance(a, (str, ForwardRef)) else a
                     for a in value.__args__)
        if args != value.__args__:
            return value.copy_with(args)
    return value


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and not isinstance(t, _LiteralGenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped != t.__args__:
            return t.copy_with(stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases'), function or module,
    with strings evaluated and None replaced by NoneType."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get('__annotations__', {})
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in annotations.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
    else:
        if type(obj).__name__ == 'module':
            annotations = getattr(obj, '__annotations__', {})
            if globalns is None:
                globalns = obj.__dict__
        else:
            annotations = getattr(obj, '__annotations__', None)
            if annotations is None:
                raise TypeError(f'{obj!r} is not a module, class, method, or function.')
            if globalns is None:
                nsobj = obj
                while hasattr(nsobj, '__wrapped__'):
                    nsobj = nsobj.__wrapped__
                globalns = getattr(nsobj, '__globals__', {})
        for name, value in annotations.items():
            hints[name] = _eval_hint(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}
