"""@dataclass: classes whose __init__, __repr__, __eq__ (and optionally
ordering, hashing and immutability) are generated from their annotated
fields."""

import abc
import sys
from types import MappingProxyType

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass

# Marks "no default" (None is a valid default).
MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'

# The parameter default of a field with a default_factory: __init__
# calls the factory when it sees this value.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass

# An annotation `_: KW_ONLY` makes the fields after it keyword-only.
KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class InitVar:
    """InitVar[T]: a pseudo-field passed to __init__ and __post_init__
    but not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    @classmethod
    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What dataclass knows about one field; field() makes them."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = MappingProxyType({} if metadata is None else metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes a field beyond its default value: default_factory (called
    for each new instance), whether it is in __init__, repr, comparisons
    and the hash, and whether it is keyword-only."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# ---------------------------------------------------------------------
# Reading the class

def _annotation_names(annotation, names):
    """Whether annotation is one of `names` (a class, a subscripted alias
    of it, or a string naming it, as in `from __future__` code)."""
    if isinstance(annotation, str):
        head = annotation.strip().split('[', 1)[0].strip()
        return head.rsplit('.', 1)[-1] in names
    origin = getattr(annotation, '__origin__', annotation)
    return getattr(origin, '_name', None) in names


def _is_classvar(annotation):
    typing = sys.modules.get('typing')
    if typing is not None and (annotation is typing.ClassVar
                               or getattr(annotation, '__origin__', None) is typing.ClassVar):
        return True
    return isinstance(annotation, str) and _annotation_names(annotation, ('ClassVar',))


def _is_initvar(annotation):
    if annotation is InitVar or type(annotation) is InitVar:
        return True
    return isinstance(annotation, str) and _annotation_names(annotation, ('InitVar',))


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    # An unhashable default (list, dict, set, ...) would be shared by
    # every instance.
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


# ---------------------------------------------------------------------
# Writing the methods: compiled from source, as an ordinary function
# reports bad arguments exactly as CPython's generated ones do.

def _compile(cls, name, params, body, env):
    source = f'def {name}({", ".join(params)}):\n'
    source += ''.join(f'    {line}\n' for line in body or ['pass'])
    env['__name__'] = cls.__module__
    exec(source, env)
    fn = env[name]
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    return fn


def _set_new_attribute(cls, name, value):
    """Sets cls.name unless the class body defined it; True if it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _init_fn(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')

    env = {'__dataclass_MISSING__': MISSING,
           '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
           '__dataclass_builtins_object__': object}

    def param(f):
        if f.default is not MISSING:
            env[f'__dataclass_dflt_{f.name}__'] = f.default
            return f'{f.name}=__dataclass_dflt_{f.name}__'
        if f.default_factory is not MISSING:
            return f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'
        return f.name

    body = []
    for f in all_fields:
        if f.default_factory is not MISSING:
            factory = f'__dataclass_dflt_{f.name}__'
            env[factory] = f.default_factory
            if f.init:
                value = (f'{factory}() if {f.name} is '
                         f'__dataclass_HAS_DEFAULT_FACTORY__ else {f.name}')
            else:
                value = f'{factory}()'
        elif f.init:
            value = f.name
        else:
            continue
        if f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})')
        else:
            body.append(f'self.{f.name} = {value}')
    if has_post_init:
        initvars = ', '.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'self.__post_init__({initvars})')

    params = ['self'] + [param(f) for f in std_fields if f.init]
    kw_params = [param(f) for f in kw_only_fields if f.init]
    if kw_params:
        params += ['*'] + kw_params
    return _compile(cls, '__init__', params, body, env)


def _repr_fn(cls, shown):
    names = [f.name for f in shown]
    active = set()

    def __repr__(self):
        # A dataclass that contains itself shows '...' inside.
        key = id(self)
        if key in active:
            return '...'
        active.add(key)
        try:
            inner = ', '.join([f'{name}={getattr(self, name)!r}' for name in names])
        finally:
            active.discard(key)
        return f'{self.__class__.__qualname__}({inner})'

    __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
    return __repr__


def _tuple_source(prefix, names):
    return '(' + ''.join(f'{prefix}.{name},' for name in names) + ')'


def _cmp_fn(cls, name, op, names):
    body = ['if other.__class__ is self.__class__:',
            f'    return {_tuple_source("self", names)}{op}{_tuple_source("other", names)}',
            'return NotImplemented']
    return _compile(cls, name, ['self', 'other'], body, {})


def _hash_fn(cls, names):
    return _compile(cls, '__hash__', ['self'],
                    [f'return hash({_tuple_source("self", names)})'], {})


def _frozen_fns(cls, names):
    env = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError,
           '__dataclass_fields__': frozenset(names)}
    setter = _compile(cls, '__setattr__', ['self', 'name', 'value'], [
        'if type(self) is cls or name in __dataclass_fields__:',
        '    raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        'super(cls, self).__setattr__(name, value)'], env)
    deleter = _compile(cls, '__delattr__', ['self', 'name'], [
        'if type(self) is cls or name in __dataclass_fields__:',
        '    raise FrozenInstanceError(f"cannot delete field {name!r}")',
        'super(cls, self).__delattr__(name)'], env)
    return setter, deleter


def _signature_text(cls, init_fields, kw_only_fields):
    """The text inspect.signature(cls) shows, for the default __doc__."""
    def one(f):
        text = f.name
        if f.type is not MISSING:
            text += ': ' + _annotation_text(f.type)
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    parts = [one(f) for f in init_fields]
    if kw_only_fields:
        parts += ['*'] + [one(f) for f in kw_only_fields]
    return f'{cls.__name__}({", ".join(parts)})'


def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation).replace('typing.', '')


# When to add, keep or remove __hash__, by (unsafe_hash, eq, frozen,
# class defines __hash__): 'add' writes one from the fields, 'none' sets
# None (unhashable), 'raise' refuses, '' leaves what is inherited.
_HASH_ACTIONS = {
    (False, False, False, False): '', (False, False, False, True): '',
    (False, False, True, False): '', (False, False, True, True): '',
    (False, True, False, False): 'none', (False, True, False, True): '',
    (False, True, True, False): 'add', (False, True, True, True): '',
    (True, False, False, False): 'add', (True, False, False, True): 'raise',
    (True, False, True, False): 'add', (True, False, True, True): 'raise',
    (True, True, False, False): 'add', (True, True, False, True): 'raise',
    (True, True, True, False): 'add', (True, True, True, True): 'raise',
}


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots):
    fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, '__dataclass_fields__', None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if base.__dataclass_params__.frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    keyword_only = kw_only
    seen_kw_only_marker = False
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str)
                                     and _annotation_names(annotation, ('KW_ONLY',))):
            if seen_kw_only_marker:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            seen_kw_only_marker = True
            keyword_only = True
            continue
        own_fields.append(_get_field(cls, name, annotation, keyword_only))

    for f in own_fields:
        fields[f.name] = f
        # The class attribute becomes the plain default, or goes.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order,
                                                unsafe_hash, frozen)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]

    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, all_init_fields, std_init_fields,
                                    kw_only_init_fields, frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in field_list if f.repr]))

    compared = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', '==', compared))

    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')

    if frozen:
        setter, deleter = _frozen_fns(cls, [f.name for f in field_list])
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    action = _HASH_ACTIONS[(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)]
    if action == 'add':
        hashed = [f.name for f in field_list
                  if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _hash_fn(cls, hashed)
    elif action == 'none':
        cls.__hash__ = None
    elif action == 'raise':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')

    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_text(cls, [f for f in std_init_fields if f.init],
                                      [f for f in kw_only_init_fields if f.init])

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if slots:
        # aster accepts __slots__ without restricting attributes, so
        # naming the fields there is all slots=True can do.
        if '__slots__' in cls.__dict__:
            raise TypeError(f'{cls.__name__} already specifies __slots__')
        cls.__slots__ = tuple(f.name for f in field_list)
    # Generated methods may implement abstract ones.
    abc.update_abstractmethods(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Adds generated special methods to a class, from its annotated
    fields: @dataclass or @dataclass(option=...)."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


# ---------------------------------------------------------------------
# Functions on dataclasses

def fields(class_or_instance):
    """The Field objects of a dataclass or instance, in order (not
    ClassVars or InitVars)."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _convert(obj, factory):
    """Recursively turns dataclass instances into what factory makes
    from (name, value) pairs (a dict, or a tuple when factory is None),
    copying the lists, tuples and dicts around them."""
    if _is_dataclass_instance(obj):
        if factory is None:
            return tuple([_convert(getattr(obj, f.name), None) for f in fields(obj)])
        return factory([(f.name, _convert(getattr(obj, f.name), factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(obj.default_factory)
            for k, v in obj.items():
                result[_convert(k, factory)] = _convert(v, factory)
            return result
        return type(obj)((_convert(k, factory), _convert(v, factory)) for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    """A dict of the fields of a dataclass instance, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """A tuple of the fields of a dataclass instance, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return tuple_factory(_convert(obj, None))


def replace(obj, /, **changes):
    """A new instance like obj with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Makes a dataclass named cls_name from fields: names, (name, type)
    or (name, type, Field) items."""
    namespace = {} if namespace is None else dict(namespace)
    seen = set()
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    namespace['__module__'] = module
    cls = type(cls_name, tuple(bases), namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
