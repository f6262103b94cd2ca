"""Common string constants, capwords, Template ($-substitution) and
Formatter (str.format as a class to extend).  Template has no regular
expression behind it: its placeholders are found by a scanner, so the
class attributes idpattern, braceidpattern, flags and pattern do not
exist; a subclass may still change `delimiter`."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset(ascii_letters + '_')
_ID_REST = frozenset(ascii_letters + digits + '_')
_no_mapping = {}


def _identifier_end(text, i):
    """The end of the identifier starting at i, or i if there is none."""
    n = len(text)
    if i >= n or text[i] not in _ID_START:
        return i
    i += 1
    while i < n and text[i] in _ID_REST:
        i += 1
    return i


class _Chain:
    """Looks a key up in `first`, then in `second` (only __getitem__ is
    asked of either, as with CPython's ChainMap)."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            pass
        return self.second[key]


class Template:
    """A string with $name, ${name} and $$ placeholders."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yields (start, end, kind, name) for each placeholder, in order:
        kind is 'escaped', 'named', 'braced' or 'invalid' (then end is
        the position just after the delimiter)."""
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        i = text.find(delim)
        while i >= 0:
            after = i + dlen
            if text.startswith(delim, after):
                yield i, after + dlen, 'escaped', None
                i = text.find(delim, after + dlen)
                continue
            end = _identifier_end(text, after)
            if end > after:
                yield i, end, 'named', text[after:end]
            else:
                end = _identifier_end(text, after + 1)
                if (text.startswith('{', after) and end > after + 1
                        and text.startswith('}', end)):
                    name = text[after + 1:end]
                    end += 1
                    yield i, end, 'braced', name
                else:
                    end = after
                    yield i, end, 'invalid', None
            i = text.find(delim, end)

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _lookup(self, mapping, kws):
        if mapping is _no_mapping:
            return kws
        if not kws:
            return mapping
        return _Chain(kws, mapping)

    def substitute(self, mapping=_no_mapping, /, **kws):
        mapping = self._lookup(mapping, kws)
        out = []
        last = 0
        text = self.template
        for start, end, kind, name in self._placeholders():
            out.append(text[last:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                out.append('%s' % (mapping[name],))
            last = end
        out.append(text[last:])
        return ''.join(out)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        mapping = self._lookup(mapping, kws)
        out = []
        last = 0
        text = self.template
        for start, end, kind, name in self._placeholders():
            out.append(text[last:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(self.delimiter)
            else:
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(text[start:end])
            last = end
        out.append(text[last:])
        return ''.join(out)

    def is_valid(self):
        for start, end, kind, name in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


def _parse_format(text):
    """Splits a format string like str.format reads it: yields
    (literal_text, field_name, format_spec, conversion), the last three
    None after the final literal."""
    n = len(text)
    i = 0
    literal = []
    while i < n:
        c = text[i]
        if c == '}':
            if i + 1 < n and text[i + 1] == '}':
                # An escaped brace ends a literal piece, as in CPython.
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            literal.append('{')
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
            continue
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        # A replacement field: find its matching close brace.
        depth = 1
        j = i + 1
        while j < n and depth:
            if text[j] == '{':
                depth += 1
            elif text[j] == '}':
                depth -= 1
            j += 1
        if depth:
            raise ValueError("expected '}' before end of string")
        field = text[i + 1:j - 1]
        spec_at = -1
        conv = None
        k = 0
        brackets = 0
        while k < len(field):
            ch = field[k]
            if ch == '[':
                brackets += 1
            elif ch == ']':
                brackets -= 1
            elif brackets == 0 and (ch == '!' or ch == ':'):
                break
            k += 1
        name = field[:k]
        rest = field[k:]
        if rest.startswith('!'):
            if len(rest) < 2:
                raise ValueError('end of string while looking for conversion specifier')
            conv = rest[1]
            rest = rest[2:]
            if rest and not rest.startswith(':'):
                raise ValueError('expected \':\' after conversion specifier')
        spec = rest[1:] if rest.startswith(':') else ''
        yield ''.join(literal), name, spec, conv
        literal = []
        i = j
    if literal:
        yield ''.join(literal), None, None, None


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name[i + 1:j]))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key == '':
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest


class Formatter:
    """str.format's machinery, with each step a method a subclass may
    override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
