"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique.
Members are the class's singletons, found by value (Color(1)) or by name
(Color['RED'])."""

import sys
from types import MappingProxyType

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP', 'member', 'nonmember', 'global_enum']


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = f'_{cls_name}__'
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not name.endswith('__'))


_FunctionType = type(lambda: None)


def _is_descriptor(obj):
    # aster's functions have no __get__ attribute, so they are named too.
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, (_FunctionType, classmethod, staticmethod, property)))


# Attributes of members that cannot hold attributes themselves (aster's
# str subclasses have no instance dict): id -> (member, attributes); the
# member is kept so that its id is never reused.
_extra_attrs = {}


def _set_member_attr(member, name, value):
    try:
        setattr(member, name, value)
    except AttributeError:
        _extra_attrs.setdefault(id(member), (member, {}))[1][name] = value


def _bits(num, max_bits=None):
    """Two's complement text with the sign bit apart: '0b0 0111' for 7,
    '0b1 1001' for -7, padded to max_bits digits."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = bin(num + ceiling).replace('1', '0', 1)
    else:
        text = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f'{sign} {digits}'


def _power_of_two(value):
    return value > 0 and value & (value - 1) == 0


class auto:
    """In an enum body, stands for a value chosen by
    _generate_next_value_ (1, 2, 3, ... for Enum)."""
    _next = object()

    def __init__(self, value=_next):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


class member:
    """Forces a value to become a member (a function, say)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value out of the members."""

    def __init__(self, value):
        self.value = value


class _EnumDict(dict):
    """The namespace of an enum's body: records the members, in order,
    and resolves auto()."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                           '_ignore_', '_iter_member_', '_iter_member_by_value_',
                           '_iter_member_by_def_', '_add_alias_', '_add_value_alias_'):
                raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future '
                                 'Enum use')
            if key == '_generate_next_value_':
                if self._generate_next_value is not None and self._member_names:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError(f'_ignore_ cannot specify already set names: {already!r}')
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        if isinstance(value, auto):
            if value.value is auto._next:
                value.value = self._generate_next_value(key, 1, len(self._member_names),
                                                        self._last_values[:])
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            return tuple(self._resolve_auto(key, v) if isinstance(v, auto) else v for v in value)
        return value


class EnumType(type):
    """Metaclass of enumerations: makes the members, and gives the class
    iteration, len, `in`, lookup by value (call) and by name (index)."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(classdict._member_names)
        ignore = classdict._ignore
        invalid = {'mro', ''} & set(member_names)
        if invalid:
            raise ValueError(f"invalid enum member name(s) {','.join(repr(n) for n in invalid)}")
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ns = {}
        for key, value in dict.items(classdict):
            if key not in classdict._member_names and key not in ignore and key != '_ignore_':
                ns[key] = value
        # A __new__ in the body makes the members (Enum's own is the
        # lookup by value, and makes none).
        user_new = ns.get('__new__') if first_enum is not None else None
        if user_new is not None:
            user_new = getattr(user_new, '__func__', user_new)
        new_member, use_args = metacls._find_new_(user_new, member_type, first_enum)
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        ns['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        if boundary is not None:
            ns['_boundary_'] = boundary
        if Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, EnumType)):
            ns['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            ns['_flag_mask_'] = 0
            ns['_singles_mask_'] = 0
            ns['_all_bits_'] = 0
            ns['_inverted_'] = None
        order = ns.pop('_order_', None)
        try:
            enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        except RuntimeError as e:
            raise e.__cause__ or e
        if user_new is not None:
            type.__setattr__(enum_class, '__new_member__', user_new)

        for name in member_names:
            enum_class._add_member_(name, classdict[name], new_member, use_args)

        # repr, str and format come from the enum, not from the data type.
        if Enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in ns:
                    continue
                enum_method = getattr(first_enum, name, None)
                found = getattr(enum_class, name, None)
                if enum_method is not None and (found is None or found is getattr(object, name, None)
                                                or found is getattr(member_type, name, None)):
                    type.__setattr__(enum_class, name, enum_method)
            if ReprEnum is not None and ReprEnum in bases:
                if member_type is object:
                    raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                    '(i.e. int, str, float, etc.)')
                if '__format__' not in ns:
                    type.__setattr__(enum_class, '__format__', member_type.__format__)
                if '__str__' not in ns:
                    method = getattr(member_type, '__str__', None)
                    if method is None or method is getattr(object, '__str__', None):
                        method = member_type.__repr__
                    type.__setattr__(enum_class, '__str__', method)
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])

        if Flag is not None and issubclass(enum_class, Flag):
            # The flag operators win over the data type's (int's |).
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                       '__invert__'):
                if op not in ns:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
            enum_class._finish_flag()

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n'
                                f'  {enum_class._member_names_!r}\n  {order!r}')
        return enum_class

    def _add_member_(cls, name, value, new_member, use_args):
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if not use_args:
            enum_member = new_member(cls)
        else:
            enum_member = new_member(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if cls._member_type_ is object:
                _set_member_attr(enum_member, '_value_', value)
            else:
                try:
                    _set_member_attr(enum_member, '_value_', cls._member_type_(*args))
                except Exception:
                    _set_member_attr(enum_member, '_value_', value)
        value = enum_member._value_
        _set_member_attr(enum_member, '_name_', name)
        _set_member_attr(enum_member, '__objclass__', cls)
        enum_member.__init__(*args)
        _set_member_attr(enum_member, '_sort_order_', len(cls._member_names_))

        is_alias = False
        for canonical in cls._member_map_.values():
            if canonical._value_ == value:
                enum_member = canonical
                is_alias = True
                break
        if not is_alias:
            # A flag member of several bits (or none) is left out of
            # iteration, like an alias.
            if Flag is None or not issubclass(cls, Flag) or _power_of_two(value):
                cls._member_names_.append(name)
        type.__setattr__(cls, name, enum_member)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        """The data type mixed in (object if none) and the last enum base."""
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        if first_enum._member_names_:
            raise TypeError(f'<enum {class_name!r}> cannot extend {first_enum!r}')
        member_type = metacls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(metacls, class_name, bases):
        data_types = set()
        base_chain = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                base_chain.add(base)
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError(f'too many data types for {class_name!r}: {data_types!r}')
        elif data_types:
            return data_types.pop()
        return None

    @classmethod
    def _find_data_repr_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    return base.__dict__.get('_value_repr_')
                elif '__repr__' in base.__dict__:
                    if '__dataclass_fields__' in base.__dict__ and '__dataclass_params__' in base.__dict__:
                        return object.__repr__
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_new_(metacls, user_new, member_type, first_enum):
        """How members are made: the enum's own __new__ (saved as
        __new_member__), the data type's, or object's."""
        if user_new is not None:
            return user_new, True
        for base in (first_enum, member_type):
            if base is None:
                continue
            target = base.__dict__.get('__new_member__') if isinstance(base, EnumType) else None
            if target is not None:
                return target, True
        if member_type is not object:
            return member_type.__new__, True
        return object.__new__, False

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: Enum('Animal', 'ANT BEE CAT')."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)


EnumMeta = EnumType

# Set once the classes exist; EnumType.__new__ checks them while the
# module itself makes Enum, Flag and ReprEnum.
Enum = None
Flag = None
ReprEnum = None


class Enum(metaclass=EnumType):
    """Base of enumerations: class Color(Enum): RED = 1."""

    @classmethod
    def __signature__(cls):
        return '(*values)'

    def __new__(cls, value):
        # Lookup by value: Color(1).  (Members are made by _new_member_.)
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        ve_exc = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of '
                            'None or a valid member')
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def __getattr__(self, name):
        entry = _extra_attrs.get(id(self))
        if entry is not None and name in entry[1]:
            return entry[1][name]
        raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}')

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """1, 2, 3, ...: one more than the largest value so far."""
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError(f'unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError(f'unable to increment {last_value!r}') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return f'<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __dir__(self):
        if self._member_type_ is object:
            interesting = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        else:
            interesting = set(object.__dir__(self))
        member_map = self._member_map_
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in member_map:
                interesting.add(name)
        for cls in self.__class__.__mro__:
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in member_map:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in member_map:
                    interesting.add(name)
        return sorted({'__class__', '__doc__', '__eq__', '__hash__', '__module__'} | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type (repr
    stays the enum's)."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs; auto() gives the lowercased
    name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f'encoding must be a string, not {values[1]!r}')
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f'errors must be a string, not {values[2]!r}')
        value = str(*values)
        member = str.__new__(cls, value)
        _set_member_attr(member, '_value_', value)
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: ValueError if any value has two names."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join([f'{alias} -> {name}' for alias, name in duplicates])
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration


def _global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return f'{module}.{self._name_}'


def _global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return f'{module}.{self.__class__.__name__}({self._value_!r})'
    # Unnamed bits a KEEP flag holds are shown bare, as numbers.
    return '|'.join([name if name[0].isdigit() else f'{module}.{name}'
                     for name in self._name_.split('|')])


def _global_str(self):
    if self._name_ is None:
        return f'{self.__class__.__name__}({self._value_!r})'
    return self._name_


def global_enum(cls, update_str=False):
    """Puts the members in their module's namespace and makes their repr
    module.NAME (and str NAME unless the data type's str is kept)."""
    cls.__repr__ = _global_flag_repr if issubclass(cls, Flag) else _global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = _global_str
    module = sys.modules[cls.__module__].__dict__
    module.update(cls.__members__)
    return cls


# ---------------------------------------------------------------------
# Flags

class FlagBoundary(StrEnum):
    """What Flag does with values that have bits outside its members."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Enum whose members combine with | & ^ ~ into other members."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the largest value so far."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError(f'invalid flag value {last_value!r}') from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _finish_flag(cls):
        single_bits = 0
        all_bits = 0
        for member in cls._member_map_.values():
            value = member._value_
            all_bits |= value
            if _power_of_two(value):
                single_bits |= value
        type.__setattr__(cls, '_flag_mask_', single_bits)
        type.__setattr__(cls, '_singles_mask_', single_bits)
        type.__setattr__(cls, '_all_bits_', 2 ** (all_bits.bit_length()) - 1 if all_bits else 0)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ & value == member._value_ and member._value_:
                yield member

    @classmethod
    def _missing_(cls, value):
        """Makes the member for a combination of bits."""
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (not ~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n'
                                 f'    given {_bits(value, max_bits)}\n'
                                 f'  allowed {_bits(flag_mask, max_bits)}')
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError(f'{cls.__name__} unknown flag boundary {cls._boundary_!r}')
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values {unknown!r} [{bin(unknown)}]')
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for name in cls._member_map_:
                    pm = cls._member_map_[name]
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined_value |= pm._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError(f'{cls.__qualname__}: no members with value {unknown}')
            elif unknown:
                pseudo_member._name_ += f'|{cls._numeric_repr_(unknown)}'
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f'and {self.__class__.__qualname__!r}')
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f'<{cls_name}: {v_repr(self._value_)}>'
        return f'<{cls_name}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._get_value(self) is NotImplemented:
            raise TypeError(f"'{self}' cannot be inverted")
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._singles_mask_ & ~self._value_)
            object.__setattr__(self, '_inverted_', inverted)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""
