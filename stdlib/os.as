"""Operating system interfaces: files, directories, the environment and
the process.  The system calls are in the native module _os; os.path is
the posixpath module."""

import sys
import _os
import posixpath as path
from _os import (
    getcwd, chdir, listdir, mkdir, rmdir, unlink, remove, rename, replace,
    symlink, readlink, access, stat, lstat, open, close, read, write, pipe,
    isatty, lseek, get_terminal_size, getpid, getppid, cpu_count, urandom,
    strerror, fspath, putenv, unsetenv, stat_result, terminal_size,
    chmod, truncate, link, utime, dup, dup2, fsync, getuid, geteuid, getgid,
    getegid, umask, kill, uname, uname_result, system, waitstatus_to_exitcode,
    _exit, waitpid, WIFEXITED, WEXITSTATUS, WIFSIGNALED, WTERMSIG, WIFSTOPPED,
    WSTOPSIG, WIFCONTINUED, WCOREDUMP, WNOHANG, WUNTRACED, WCONTINUED, killpg,
    getpgid, setpgid, getpgrp, setsid, pidfd_open, pipe2, closerange,
    get_blocking, set_blocking, get_inheritable, set_inheritable,
    O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC,
    O_NONBLOCK, O_CLOEXEC, F_OK, R_OK, W_OK, X_OK, SEEK_SET, SEEK_CUR,
    SEEK_END)

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
linesep = '\n'
devnull = path.devnull
curdir = path.curdir
pardir = path.pardir
error = OSError


def _type_error_unless_str(value):
    if not isinstance(value, str):
        raise TypeError(f'str expected, not {type(value).__name__}')


class _Environ:
    """os.environ: a mapping of the environment's variables whose changes
    go through to the process environment (setenv/unsetenv)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        _type_error_unless_str(key)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _type_error_unless_str(key)
        _type_error_unless_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _type_error_unless_str(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        _type_error_unless_str(key)
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'

    def get(self, key, default=None):
        _type_error_unless_str(key)
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        _type_error_unless_str(key)
        _type_error_unless_str(value)
        if key not in self._data:
            self[key] = value
        return self[key]

    _missing = object()

    def pop(self, key, default=_missing):
        _type_error_unless_str(key)
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._missing:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError('popitem(): dictionary is empty')
        key = next(iter(self._data))
        value = self._data[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_os.environ_dict())


def fstat(fd):
    return stat(fd)


def ftruncate(fd, length):
    truncate(fd, length)


def get_exec_path(env=None):
    """The directories a program name is looked up in: env's PATH (or
    the process environment's), else os.defpath."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def getenv(key, default=None):
    return environ.get(key, default)


def fsencode(filename):
    """A path as the system's bytes: UTF-8, with the bytes that listdir
    and the like escaped as U+DC80..U+DCFF turned back into bytes."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return _os.fsencode(filename)
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return _os.fsdecode(filename)
    return filename


def _has_fspath(cls):
    for klass in cls.__mro__:
        if '__fspath__' in klass.__dict__:
            return klass.__dict__['__fspath__'] is not None
    return False


class _PathLikeMeta(type):
    """Makes isinstance and issubclass with PathLike ask for __fspath__,
    as CPython's abstract base class does."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls is PathLike:
            return _has_fspath(sub)
        return cls in sub.__mro__       # subclasses of PathLike: the usual rule


class PathLike(metaclass=_PathLikeMeta):
    """The objects with a __fspath__ method: isinstance(x, os.PathLike)
    is true for any of them, subclass or not."""

    def __fspath__(self):
        raise NotImplementedError


# ---- directories -------------------------------------------------------

class DirEntry:
    """An entry of os.scandir(): its name, its path, and what it is,
    mostly known from the directory listing without a stat call."""

    # Only os.scandir makes entries (through _dir_entry), as in CPython.
    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def is_symlink(self):
        if self._kind != '?':
            return self._kind == 'l'
        return _os.file_kind(self.path, False) == _os.S_IFLNK

    def _is(self, wanted, letter, follow_symlinks):
        if self._kind == letter:
            return True
        if self._kind != '?' and (self._kind != 'l' or not follow_symlinks):
            return False
        return _os.file_kind(self.path, follow_symlinks) == wanted

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 'd':
            return True
        return self._is(_os.S_IFDIR, 'd', follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is(_os.S_IFREG, 'f', follow_symlinks)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


def _dir_entry(prefix, name, kind):
    entry = object.__new__(DirEntry)
    entry.name = name
    entry.path = prefix + name
    entry._kind = kind
    entry._stat = None
    entry._lstat = None
    return entry


class _ScandirIterator:
    def __init__(self, directory, entries):
        self._prefix = directory if directory.endswith('/') else directory + '/'
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        name, kind = next(self._entries)
        return _dir_entry(self._prefix, name, kind)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path='.'):
    if path is None:
        path = '.'
    return _ScandirIterator(fspath(path), _os.scandir_entries(path))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass              # made by someone else meanwhile
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for top and every directory
    below it, parents first (topdown) or last.  With topdown, the caller
    may prune or reorder dirnames in place to steer the walk."""
    # A stack of directories still to list; a tuple on it is a finished
    # bottom-up result waiting for its subdirectories to be yielded first.
    pending = [fspath(top)]
    while pending:
        top = pending.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        files = []
        below = []
        try:
            entries = _os.scandir_entries(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        prefix = top if top.endswith('/') else top + '/'
        # What DirEntry.is_dir and is_symlink would say, from the listing
        # where it can, without making DirEntry objects.
        for name, kind in entries:
            if kind == 'f' or (kind != 'd' and _os.file_kind(prefix + name, True) != _os.S_IFDIR):
                files.append(name)
                continue
            dirs.append(name)
            if not topdown and (followlinks or kind == 'd'
                                or _os.file_kind(prefix + name, False) != _os.S_IFLNK):
                below.append(prefix + name)
        if topdown:
            yield top, dirs, files
            prefix = top if top.endswith('/') else top + '/'
            for name in reversed(dirs):
                sub = prefix + name
                if followlinks or not path.islink(sub):
                    pending.append(sub)
        else:
            pending.append((top, dirs, files))
            pending.extend(reversed(below))


# What `from os import *` gives: the public names, without the modules
# os uses and PathLike (as in CPython).
__all__ = [n for n in globals() if not n.startswith('_') and n not in ('sys', 'PathLike')]
