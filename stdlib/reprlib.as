"""reprlib: repr() with limits on size, for logs and debugging output.

aRepr.repr(obj) shows at most maxlist items of a list, maxstring
characters of a str and so on, with '...' where something was left out;
nested containers are shown down to maxlevel levels."""

__all__ = ['Repr', 'repr']

_builtin_repr = repr


def _elide(text, limit, fill):
    """Keeps both ends of text, replacing its middle by fill."""
    if len(text) <= limit:
        return text
    head = max(0, (limit - len(fill)) // 2)
    tail = max(0, limit - len(fill) - head)
    return text[:head] + fill + text[len(text) - tail:]


class Repr:
    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        name = type(x).__name__
        if ' ' in name:
            name = '_'.join(name.split())
        method = getattr(self, 'repr_' + name, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _items(self, items, level, limit, left, right, trailer=''):
        if not items:
            return left + right
        if level <= 0:
            return left + self.fillvalue + right
        shown = [self.repr1(item, level - 1) for item in items[:limit]]
        if len(items) > limit:
            shown.append(self.fillvalue)
        return left + ', '.join(shown) + trailer + right

    def repr_tuple(self, x, level):
        return self._items(list(x), level, self.maxtuple, '(', ')', ',' if len(x) == 1 else '')

    def repr_list(self, x, level):
        return self._items(x, level, self.maxlist, '[', ']')

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._items(self._sorted(x), level, self.maxset, '{', '}')

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._items(self._sorted(x), level, self.maxfrozenset, 'frozenset({', '})')

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        keys = self._sorted(x)
        shown = []
        for key in keys[:self.maxdict]:
            shown.append(self.repr1(key, level - 1) + ': ' + self.repr1(x[key], level - 1))
        if len(x) > self.maxdict:
            shown.append(self.fillvalue)
        return '{' + ', '.join(shown) + '}'

    def repr_str(self, x, level):
        text = _builtin_repr(x[:self.maxstring])
        return _elide(text, self.maxstring, self.fillvalue)

    def repr_int(self, x, level):
        return _elide(_builtin_repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = _builtin_repr(x)
        except Exception:
            return '<%s instance at %#x>' % (type(x).__name__, id(x))
        return _elide(text, self.maxother, self.fillvalue)

    @staticmethod
    def _sorted(items):
        items = list(items)
        try:
            return sorted(items)
        except Exception:
            return items


aRepr = Repr()


def repr(x):
    return aRepr.repr(x)
