"""Regular expressions, as in CPython's re, matched by PCRE2.

_re (src/mod_re.c) translates and compiles patterns, runs them and makes
the Match objects; this module holds the flags, the Pattern class,
replacement templates, the cache and the module-level functions.
"""

import _re

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S',
           'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']

_MAXPOS = 9223372036854775807

# In the order CPython lists them in a flag's repr.
_FLAG_NAMES = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'),
               (8, 'MULTILINE'), (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'), (128, 'DEBUG')]


def _flag_text(value, names, prefix):
    parts = []
    for bit, name in names:
        if value & bit:
            parts.append(prefix + name)
            value &= ~bit
    if value:
        parts.append(hex(value))
    return '|'.join(parts)


class _RegexFlagType(type):
    # RegexFlag['IGNORECASE'], as for CPython's enum.
    def __getitem__(cls, name):
        if name in _FLAG_MEMBERS:
            return _FLAG_MEMBERS[name]
        raise KeyError(name)


class RegexFlag(int, metaclass=_RegexFlagType):
    def __repr__(self):
        if self == 0:
            return 're.NOFLAG'
        return _flag_text(int(self), _FLAG_NAMES, 're.')

    @property
    def name(self):
        if self == 0:
            return 'NOFLAG'
        return _flag_text(int(self), _FLAG_NAMES, '')

    @property
    def value(self):
        return int(self)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return repr(self)
        return format(int(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

_FLAG_MEMBERS = {'NOFLAG': NOFLAG}
for _bit, _name in _FLAG_NAMES:
    _FLAG_MEMBERS[_name] = globals()[_name]
for _name, _member in _FLAG_MEMBERS.items():
    setattr(RegexFlag, _name, _member)
del _bit, _name, _member


class error(Exception):
    """A pattern or template that does not parse: msg, pattern and pos
    (with lineno and colno) say what and where."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            text = pattern if isinstance(pattern, str) else pattern.decode('latin-1')
            self.lineno = text.count('\n', 0, pos) + 1
            self.colno = pos - text.rfind('\n', 0, pos)
            if '\n' in text:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class Pattern:
    """A compiled regular expression (re.compile)."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def match(self, string, pos=0, endpos=_MAXPOS):
        return _re.search(self, self._code, string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXPOS):
        return _re.search(self, self._code, string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=_MAXPOS):
        return _re.search(self, self._code, string, pos, endpos, 0)

    def findall(self, string, pos=0, endpos=_MAXPOS):
        return _re.findall(self._code, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXPOS):
        return iter(_re.finditer(self, self._code, string, pos, endpos))

    def _subx(self, repl, string, count):
        if not callable(repl):
            repl = _compile_template(self, repl)
        return _re.sub(self, self._code, string, repl, count)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def split(self, string, maxsplit=0):
        return _re.split(self._code, string, maxsplit)

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        if flags:
            return 're.compile(%s, %s)' % (text, _flag_text(flags, _FLAG_NAMES, 're.'))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and type(self.pattern) is type(other.pattern)
                and self.pattern == other.pattern)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _new_pattern(pattern, flags):
    p = object.__new__(Pattern)
    p._code, p.flags, p.groups, p.groupindex, p._parents = _re.compile(pattern, flags, error)
    p.pattern = pattern
    return p


Match = _re.Match


def _expand(match, template):
    """Match.expand: the template with the match's groups."""
    parts = []
    for piece in _compile_template(match.re, template):
        if isinstance(piece, int):
            text = match.group(piece)
            if text is not None:
                parts.append(text)
        else:
            parts.append(piece)
    return template[:0].join(parts)


# ---- replacement templates ----

_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                     'v': '\v', '\\': '\\'}
_OCTAL = '01234567'
_DIGITS = '0123456789'


def _parse_template(pattern, template):
    """The template as a list of literal texts and group numbers."""
    is_bytes = isinstance(template, bytes)
    text = template.decode('latin-1') if is_bytes else template
    parts = []
    literal = []
    i, n = 0, len(text)
    groups = pattern.groups
    while i < n:
        c = text[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', template, start)
        c = text[i]
        i += 1
        group = None
        if c == 'g':
            if i >= n or text[i] != '<':
                raise error('missing <', template, i)
            close = text.find('>', i + 1)
            if close < 0:
                if i + 1 >= n:
                    raise error('missing group name', template, i + 1)
                raise error('missing >, unterminated name', template, i + 1)
            name = text[i + 1:close]
            if not name:
                raise error('missing group name', template, i + 1)
            if name.isdigit() and name.isascii():
                group = int(name)
                if group >= 100000000:
                    raise error('invalid group reference %d' % group, template, i + 1)
            elif name.isidentifier() and (not is_bytes or name.isascii()):
                group = pattern.groupindex.get(name)
                if group is None:
                    raise IndexError('unknown group name %r' % name)
            else:
                raise error('bad character in group name %r' % name, template, i + 1)
            if group > groups:
                raise error('invalid group reference %d' % group, template, i + 1)
            i = close + 1
        elif c == '0':
            value = 0
            k = 0
            while k < 2 and i < n and text[i] in _OCTAL:
                value = value * 8 + int(text[i])
                i += 1
                k += 1
            literal.append(chr(value))
        elif c in _DIGITS:
            if (i + 1 < n and c in _OCTAL and text[i] in _OCTAL and text[i + 1] in _OCTAL):
                value = int(text[i - 1:i + 2], 8)
                if value > 0o377:
                    raise error('octal escape value %s outside of range 0-0o377'
                                % text[start:i + 2], template, start)
                literal.append(chr(value))
                i += 2
            else:
                group = int(c)
                if i < n and text[i] in _DIGITS:
                    group = group * 10 + int(text[i])
                    i += 1
                if group > groups:
                    raise error('invalid group reference %d' % group, template, start + 1)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error('bad escape %s' % text[start:i], template, start)
        else:
            literal.append('\\')
            literal.append(c)
        if group is not None:
            if literal:
                parts.append(''.join(literal))
                literal = []
            parts.append(group)
    if literal or not parts:
        parts.append(''.join(literal))
    if is_bytes:
        parts = [p if isinstance(p, int) else p.encode('latin-1') for p in parts]
    return parts


def _compile_template(pattern, template):
    if not isinstance(template, (str, bytes)):
        raise TypeError('decoding to str: need a bytes-like object, %s found'
                        % type(template).__name__)
    backslash = '\\' if isinstance(template, str) else b'\\'
    if backslash not in template:
        return [template]
    key = (pattern, template)
    parts = _template_cache.get(key)
    if parts is None:
        if len(_template_cache) >= _MAXCACHE:
            _template_cache.clear()
        parts = _parse_template(pattern, template)
        _template_cache[key] = parts
    return parts


# ---- the cache and the module functions ----

_MAXCACHE = 512
_cache = {}
_template_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & ASCII and flags & UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    elif isinstance(pattern, bytes):
        if flags & UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & ASCII and flags & LOCALE:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    else:
        raise TypeError('first argument must be string or compiled pattern')
    p = _new_pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()
    _template_cache.clear()


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _SPECIAL else c for c in pattern])
    text = pattern.decode('latin-1')
    return ''.join(['\\' + c if c in _SPECIAL else c for c in text]).encode('latin-1')
