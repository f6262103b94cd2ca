"""JSON encoding and decoding, as in CPython's json.

The scanner and the encoder are C (_json, src/mod_json.c); this module
holds the API: dumps/dump, loads/load, JSONEncoder, JSONDecoder and
JSONDecodeError.
"""

import _json

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    """A document that does not parse: msg says what, pos (with lineno and
    colno) where in doc."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}
_constant = _CONSTANTS.__getitem__


class JSONDecoder:
    """Decodes JSON documents; the hooks replace how objects, floats, ints
    and the constants NaN/Infinity/-Infinity become Python values."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        parse_float, parse_int, parse_constant = self._c_parsers()
        return _json.decode_document(s, self.strict, self.object_hook, self.object_pairs_hook,
                                     parse_float, parse_int, parse_constant, JSONDecodeError)

    def _c_parsers(self):
        # None stands for the default parsers, which _json has built in.
        return (None if self.parse_float is float else self.parse_float,
                None if self.parse_int is int else self.parse_int,
                None if self.parse_constant is _constant else self.parse_constant)

    def raw_decode(self, s, idx=0):
        parse_float, parse_int, parse_constant = self._c_parsers()
        return _json.decode(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                            parse_float, parse_int, parse_constant, JSONDecodeError)


class JSONEncoder:
    """Encodes Python values as JSON; subclasses override default() to
    turn other objects into something encodable."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _json.encode_string(o, self.ensure_ascii)
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _json.encode(o, indent, self.key_separator, self.item_separator, self.sort_keys,
                            self.skipkeys, self.ensure_ascii, self.allow_nan,
                            self.check_circular, self.default)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])


_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """obj as a JSON document (a str)."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None and not sort_keys
            and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Writes obj as a JSON document to the file-like fp."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                  allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def detect_encoding(b):
    """The encoding of a JSON document given as bytes (RFC 8259 and the
    BOMs CPython accepts)."""
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if b.startswith(b'\xff\xfe\x00\x00') or b.startswith(b'\x00\x00\xfe\xff'):
        return 'utf-32'
    if b.startswith(b'\xff\xfe') or b.startswith(b'\xfe\xff'):
        return 'utf-16'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document s (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = bytes(s)
        encoding = detect_encoding(s)
        if encoding == 'utf-8-sig':
            s = s[3:]
            encoding = 'utf-8'
        s = s.decode(encoding)
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                        % type(s).__name__)
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _json.decode_document(s, True, None, None, None, None, None, JSONDecodeError)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document read from the file-like fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
