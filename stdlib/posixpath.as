"""Operations on POSIX path names: os.path.

Paths are str (or objects whose __fspath__ returns str); bytes paths are
not supported."""

import _os

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime',
           'getatime', 'getctime', 'islink', 'exists', 'lexists', 'isdir',
           'isfile', 'expanduser', 'expandvars', 'normpath', 'abspath',
           'samefile', 'curdir', 'pardir', 'sep', 'pathsep', 'defpath',
           'altsep', 'extsep', 'devnull', 'realpath',
           'supports_unicode_filenames', 'relpath', 'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(p):
    p = _os.fspath(p)
    if not isinstance(p, str):
        raise TypeError('bytes paths are not supported')
    return p


def _join_part(b):
    """One path after the first given to join, not a str, as a str."""
    if isinstance(b, bytes):
        raise TypeError("Can't mix strings and bytes in path components")
    if hasattr(type(b), '__fspath__'):
        return _fspath(b)
    raise TypeError('join() argument must be str, bytes, or os.PathLike '
                    f'object, not {type(b).__name__!r}')


def normcase(s):
    return _fspath(s)


def isabs(s):
    if not isinstance(s, str):
        s = _fspath(s)
    return s.startswith('/')


def join(a, *p):
    path = a if isinstance(a, str) else _fspath(a)
    for b in p:
        if not isinstance(b, str):
            b = _join_part(b)
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def split(p):
    if not isinstance(p, str):
        p = _fspath(p)
    i = p.rfind('/') + 1
    head = p[:i]
    trimmed = head.rstrip('/')
    return trimmed or head, p[i:]    # a head of only slashes stays


def splitext(p):
    if not isinstance(p, str):
        p = _fspath(p)
    slash = p.rfind('/')
    dot = p.rfind('.')
    if dot > slash:
        # Leading dots of the last component are not an extension.
        start = slash + 1
        while start < dot:
            if p[start] != '.':
                return p[:dot], p[dot:]
            start += 1
    return p, ''


def basename(p):
    if not isinstance(p, str):
        p = _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    if not isinstance(p, str):
        p = _fspath(p)
    head = p[:p.rfind('/') + 1]
    return head.rstrip('/') or head


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    kinds = set(p[:1] == '/' for p in paths)
    if len(kinds) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    return ('/' if True in kinds else '') + '/'.join(common)


# ---- questions about the file system ---------------------------------

def _kind(path, follow):
    """The file-type bits of path's mode, 0 when it cannot be stat'ed."""
    try:
        return _os.file_kind(path, follow)
    except (OSError, ValueError):
        return 0


def exists(path):
    return _kind(path, True) != 0


def lexists(path):
    return _kind(path, False) != 0


def isfile(path):
    return _kind(path, True) == _os.S_IFREG


def isdir(s):
    return _kind(s, True) == _os.S_IFDIR


def islink(path):
    return _kind(path, False) == _os.S_IFLNK


def getsize(filename):
    return _os.stat(filename).st_size


def getmtime(filename):
    return _os.stat(filename).st_mtime


def getatime(filename):
    return _os.stat(filename).st_atime


def getctime(filename):
    return _os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = _os.stat(f1)
    s2 = _os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


# ---- rewriting paths --------------------------------------------------

def normpath(path):
    if not isinstance(path, str):
        path = _fspath(path)
    return _os.normpath(path)


def abspath(path):
    if not isinstance(path, str):
        path = _fspath(path)
    if not path.startswith('/'):
        path = join(_os.getcwd(), path)
    return _os.normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    path, ok = _resolve(filename, '', strict, {})
    return abspath(path)


def _resolve(rest, path, strict, seen):
    """Joins rest to the already resolved path, following symbolic links.
    seen maps each link being (or already) resolved to its target, None
    while in progress, to stop at loops.  Returns (path, resolved)."""
    if rest.startswith('/'):
        rest = rest[1:]
        path = '/'
    while rest:
        name, _, rest = rest.partition('/')
        if not name or name == '.':
            continue
        if name == '..':
            if path:
                path, last = split(path)
                if last == '..':
                    path = join(path, '..', '..')
            else:
                path = '..'
            continue
        candidate = join(path, name)
        try:
            is_link = _os.lstat(candidate).st_mode & _os.S_IFMT == _os.S_IFLNK
        except OSError:
            if strict:
                raise
            is_link = False
        if not is_link:
            path = candidate
            continue
        if candidate in seen:
            target = seen[candidate]
            if target is not None:
                path = target
                continue
            if strict:
                _os.stat(candidate)
            return join(candidate, rest), False
        seen[candidate] = None
        path, ok = _resolve(_os.readlink(candidate), path, strict, seen)
        if not ok:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    start = '.' if start is None else _fspath(start)
    start_parts = [x for x in abspath(start).split('/') if x]
    path_parts = [x for x in abspath(path).split('/') if x]
    common = len(commonprefix([start_parts, path_parts]))
    parts = ['..'] * (len(start_parts) - common) + path_parts[common:]
    if not parts:
        return '.'
    return join(*parts)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    end = path.find('/', 1)
    if end < 0:
        end = len(path)
    if end == 1:
        import os
        home = os.environ.get('HOME')
        if home is None:
            home = _os.home_of(None)
            if home is None:
                return path
    else:
        home = _os.home_of(path[1:end])
        if home is None:
            return path
    home = home.rstrip('/')
    return (home + path[end:]) or '/'


def _is_name_char(c):
    return c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z' or '0' <= c <= '9'


def expandvars(path):
    """Replaces $name and ${name} by the environment variable's value;
    unknown variables are left alone."""
    path = _fspath(path)
    if '$' not in path:
        return path
    import os
    env = os.environ
    out = []
    i = 0
    n = len(path)
    while True:
        start = path.find('$', i)
        if start < 0:
            break
        j = start + 1
        if j < n and path[j] == '{':
            close = path.find('}', j + 1)
            if close < 0:
                out.append(path[i:j])
                i = j
                continue
            name = path[j + 1:close]
            end = close + 1
        else:
            end = j
            while end < n and _is_name_char(path[end]):
                end += 1
            name = path[j:end]
            if not name:
                out.append(path[i:j])
                i = j
                continue
        value = env.get(name)
        out.append(path[i:start])
        out.append(path[start:end] if value is None else value)
        i = end
    out.append(path[i:])
    return ''.join(out)
