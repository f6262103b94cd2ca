# warnings -- issuing warnings and filtering them, as CPython 3.12 does.
#
# The warnings aster itself issues from C (a coroutine never awaited) come
# through _warn_unawaited below, so the same filters apply to them.
# A filter's message and module are regular expressions when a `re`
# module exists; without one they are matched as plain prefixes (the
# message ignoring case).

import sys
import _traceback

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


class _Prefix:
    """What filterwarnings keeps for a message or module pattern: its
    match() tells whether a text starts with it."""

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self.ignore_case = ignore_case
        self._key = pattern.lower() if ignore_case else pattern

    def match(self, text):
        if self.ignore_case:
            text = text.lower()
        return text.startswith(self._key)

    def __eq__(self, other):
        return (isinstance(other, _Prefix) and self.pattern == other.pattern
                and self.ignore_case == other.ignore_case)

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        if self.ignore_case:
            return "re.compile(%r, re.IGNORECASE)" % self.pattern
        return "re.compile(%r)" % self.pattern


def _compile(pattern, ignore_case):
    """A pattern object with match(), or None for an empty pattern."""
    if not pattern:
        return None
    try:
        import re
    except ImportError:
        return _Prefix(pattern, ignore_case)
    return re.compile(pattern, re.I) if ignore_case else re.compile(pattern)


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        line = _traceback.getline(msg.filename, msg.lineno)
    else:
        line = msg.line
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        # aster has no tracemalloc: CPython's hint for when it is off.
        s += f"{category}: Enable tracemalloc to get the object allocation traceback\n"
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning prints for one warning."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to a file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_formatwarning_orig = formatwarning
_showwarning_orig = showwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Inserts a filter: `action` for warnings of `category` whose text
    starts with `message` (any case), issued from a module whose name
    starts with `module`, at line `lineno` (0: any)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, _compile(message, True), category, _compile(module, False),
                lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Inserts a filter matching every warning of `category`."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Removes every filter, the default ones included."""
    filters[:] = []
    _filters_mutated()


def _caller(stacklevel, skip_file_prefixes):
    """(globals, filename, lineno) of the frame `stacklevel` calls up from
    warn's caller (not counting frames of files starting with one of
    skip_file_prefixes), or sys's when the stack is not that deep."""
    try:
        if skip_file_prefixes and stacklevel > 1:
            frame = sys._getframe(2)
            for x in range(stacklevel - 1):
                frame = frame.f_back
                while frame is not None and frame.f_code.co_filename.startswith(skip_file_prefixes):
                    frame = frame.f_back
                if frame is None:
                    raise ValueError
        else:
            frame = sys._getframe(stacklevel + 1)
    except ValueError:
        return sys.__dict__, "sys", 1
    g = frame.f_globals
    if g is None:
        g = {}
    return g, frame.f_code.co_filename, frame.f_lineno


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issues a warning, or raises it when a filter says "error"."""
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, not %s"
                        % type(skip_file_prefixes).__name__)
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    g, filename, lineno = _caller(stacklevel, skip_file_prefixes)
    module = g.get("__name__", "<string>")
    registry = g.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, g, source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issues a warning attributed to filename:lineno."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py" or module[-3:].lower() == ".as":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


def _warn_unawaited(qualname, filename, lineno):
    """The interpreter's "coroutine ... was never awaited", attributed to
    the line that created the coroutine."""
    g = None
    for m in list(sys.modules.values()):
        if getattr(m, "__file__", None) == filename:
            g = m.__dict__
            break
    module = g.get("__name__") if g is not None else None
    registry = g.setdefault("__warningregistry__", {}) if g is not None else None
    warn_explicit("coroutine '%s' was never awaited" % qualname, RuntimeWarning,
                  filename, lineno, module, registry, source=qualname)


class catch_warnings:
    """A context manager that saves the filters and showwarning on entry
    and restores them on exit; with record=True, showwarning appends a
    WarningMessage to the list __enter__ returns instead of printing."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


def _setoption(arg):
    """One -W option: action:message:category:module:lineno."""
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append("")
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    try:
        import re
        message = re.compile(re.escape(message), re.I) if message else None
        module = re.compile(re.escape(module) + r"\Z") if module else None
    except ImportError:
        message = _Prefix(message, True) if message else None
        module = module or None
    _add_filter(action, message, category, module, lineno, append=False)


class _OptionError(Exception):
    pass


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    import builtins
    cat = getattr(builtins, category, None)
    if cat is None:
        raise _OptionError("unknown warning category: %r" % (category,))
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


_processoptions(getattr(sys, "warnoptions", []))
