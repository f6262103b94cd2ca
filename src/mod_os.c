/*
 * mod_os.c -- the _os module: the system calls behind `os` and
 * `os.path` (stdlib/os.as and stdlib/posixpath.as wrap it).
 *
 * Paths are str, or objects with __fspath__ returning str; bytes paths
 * are not supported.  Failures raise the OSError subclass of errno with
 * CPython's message: "[Errno 2] No such file or directory: 'x'".
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <math.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "builtins.h"
#include "args.h"
#include "exc.h"
#include "fsname.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "mod_os.h"
#include "gil.h"
#include "signals.h"

extern char **environ;

/* Fields 7-9 are the integer times the tuple shows; the float times of
 * the same names come later in the table, and a later entry wins in the
 * type's dict, so `st.st_mtime` is the float while the repr (which names
 * the visible fields) shows the integers, as CPython's does. */
static const GetSetDef stat_result_fields[] = {
    STRUCTSEQ_FIELD("st_mode", 0),
    STRUCTSEQ_FIELD("st_ino", 1),
    STRUCTSEQ_FIELD("st_dev", 2),
    STRUCTSEQ_FIELD("st_nlink", 3),
    STRUCTSEQ_FIELD("st_uid", 4),
    STRUCTSEQ_FIELD("st_gid", 5),
    STRUCTSEQ_FIELD("st_size", 6),
    STRUCTSEQ_FIELD("st_atime", 7),
    STRUCTSEQ_FIELD("st_mtime", 8),
    STRUCTSEQ_FIELD("st_ctime", 9),
    STRUCTSEQ_FIELD("st_atime", 10),
    STRUCTSEQ_FIELD("st_mtime", 11),
    STRUCTSEQ_FIELD("st_ctime", 12),
    STRUCTSEQ_FIELD("st_atime_ns", 13),
    STRUCTSEQ_FIELD("st_mtime_ns", 14),
    STRUCTSEQ_FIELD("st_ctime_ns", 15),
    STRUCTSEQ_FIELD("st_blksize", 16),
    STRUCTSEQ_FIELD("st_blocks", 17),
    STRUCTSEQ_FIELD("st_rdev", 18),
    {NULL, NULL, NULL},
};

StructSeqType StatResultType = {
    .type = { STRUCTSEQ_TYPE_INIT("stat_result", stat_result_fields) },
    .module = "os",
    .visible = 10,
    .nfields = 19,
};

static const GetSetDef uname_result_fields[] = {
    STRUCTSEQ_FIELD("sysname", 0),
    STRUCTSEQ_FIELD("nodename", 1),
    STRUCTSEQ_FIELD("release", 2),
    STRUCTSEQ_FIELD("version", 3),
    STRUCTSEQ_FIELD("machine", 4),
    {NULL, NULL, NULL},
};

StructSeqType UnameResultType = {
    .type = { STRUCTSEQ_TYPE_INIT("uname_result", uname_result_fields) },
    .module = "posix",
    .visible = 5,
    .nfields = 5,
};

static const GetSetDef terminal_size_fields[] = {
    STRUCTSEQ_FIELD("columns", 0),
    STRUCTSEQ_FIELD("lines", 1),
    {NULL, NULL, NULL},
};

StructSeqType TerminalSizeType = {
    .type = { STRUCTSEQ_TYPE_INIT("terminal_size", terminal_size_fields) },
    .module = "os",
    .visible = 2,
    .nfields = 2,
};

/* ------------------------------------------------------------------ */
/* Arguments and errors                                                */

/* os.fspath(v): v itself for str and bytes, else v.__fspath__(), which
 * must return one of those. */
static Value fspath(Thread *t, Value v)
{
    if (str_check(v) || bytes_check(v)) return v;
    StrObj *name = str_intern(t, "__fspath__");
    if (!name) return VAL_ERROR;
    Value method = type_lookup(val_type(v), name);
    if (method == VAL_UNBOUND)
        return exc_raise(t, &TypeErrorType, "expected str, bytes or os.PathLike object, not %T", v);
    Value r = op_call_method(t, v, name, NULL, 0);
    if (r == VAL_ERROR || str_check(r) || bytes_check(r)) return r;
    return exc_raise(t, &TypeErrorType, "expected %T.__fspath__() to return str or bytes, not %T", v, r);
}

/* A path argument as a C string (valid while *keep is rooted: the str
 * itself, or what __fspath__ returned).  `fname` and `argname` name the
 * function and parameter in the messages; allow_fd says whether an int
 * file descriptor is allowed, which then comes back in *fd (else -1). */
static const char *path_arg(Thread *t, const char *fname, const char *argname, Value v, bool allow_fd,
                            int *fd, Value *keep)
{
    *fd = -1;
    *keep = v;
    if (allow_fd && int_check(v)) {
        int64_t i;
        if (int_as_i64(t, v, &i) < 0 || i > INT32_MAX) {
            exc_clear(t);
            exc_raise(t, &OverflowErrorType, "fd is greater than maximum");
            return NULL;
        }
        if (i < 0) {
            /* CPython passes a negative descriptor on as a path pointer. */
            exc_raise_oserror(t, EFAULT, v);
            return NULL;
        }
        *fd = (int)i;
        return "";
    }
    Value p = v;
    if (!str_check(v) && type_lookup(val_type(v), str_intern(t, "__fspath__")) != VAL_UNBOUND) {
        p = fspath(t, v);
        if (p == VAL_ERROR) return NULL;
    }
    if (!str_check(p)) {
        exc_raise(t, &TypeErrorType, "%s: %s should be %s, not %T", fname, argname,
                  allow_fd ? "string, bytes, os.PathLike or integer" : "string, bytes or os.PathLike", p);
        return NULL;
    }
    if (strlen(STR(p)->data) != STR(p)->len) {
        exc_raise(t, &ValueErrorType, "embedded null byte");
        return NULL;
    }
    const char *path;
    *keep = fsname_encode(t, p, &path);
    return *keep == VAL_ERROR ? NULL : path;
}

/* OSError for errno with two file names ("... : 'a' -> 'b'"). */
static Value raise_oserror2(Thread *t, int err, Value name1, Value name2)
{
    Value args[5] = { val_from_small(err), VAL_NONE, name1, VAL_NONE, name2 };
    args[1] = str_from_cstr(t, strerror(err));
    if (args[1] == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, args[1]);
    Value e = exc_new(t, &OSErrorType, args, 5);
    gc_pop_roots(t, 1);
    return e == VAL_ERROR ? e : exc_raise_obj(t, e);
}

/* The common shape of the one-path calls: parse, call, raise. */
#define ONE_PATH(fname, spec, allow_fd)                                           \
    Value a[ARG_PARAMS_MAX], keep;                                                \
    int fd;                                                                       \
    if (arg_parse(t, fname, args, nargs, kwnames, spec, a) < 0) return VAL_ERROR; \
    const char *path = path_arg(t, fname, "path", a[0], allow_fd, &fd, &keep);    \
    if (!path) return VAL_ERROR;                                                  \
    gc_push_root(t, keep)

/* ------------------------------------------------------------------ */
/* Files and directories                                               */

static Value os_getcwd(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "getcwd", kwnames) < 0 || arg_count(t, "posix.getcwd", nargs, 0, 0) < 0)
        return VAL_ERROR;
    char *cwd = getcwd(NULL, 0);
    if (!cwd) return exc_raise_oserror(t, errno, VAL_UNBOUND);
    Value r = fsname_decode(t, cwd, strlen(cwd));
    free(cwd);
    return r;
}

static Value os_chdir(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    ONE_PATH("chdir", "path", true);
    int r = fd >= 0 ? fchdir(fd) : chdir(path);
    gc_pop_roots(t, 1);
    return r < 0 ? exc_raise_oserror(t, errno, a[0]) : VAL_NONE;
}

/* The entries of a directory, without '.' and '..': with_kind adds the
 * d_type as 'd' (directory), 'f' (regular file), 'l' (symlink) or '?'
 * (anything else, or unknown), giving (name, kind) pairs. */
static Value list_directory(Thread *t, Value arg, const char *path, bool with_kind)
{
    DIR *dir = opendir(path);
    if (!dir) return exc_raise_oserror(t, errno, arg);
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) { closedir(dir); return list; }
    gc_push_root(t, list);
    struct dirent *e;
    errno = 0;
    while ((e = readdir(dir))) {
        if (e->d_name[0] == '.' && (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2]))) continue;
        Value item = fsname_decode(t, e->d_name, strlen(e->d_name));
        if (item != VAL_ERROR && with_kind) {
            char kind = e->d_type == DT_DIR ? 'd' : e->d_type == DT_REG ? 'f'
                      : e->d_type == DT_LNK ? 'l' : '?';
            gc_push_root(t, item);
            StrObj *k = str_intern_len(t, &kind, 1);     /* interned: made once */
            item = k ? tuple_pack(t, 2, item, val_from_obj(k)) : VAL_ERROR;
            gc_pop_roots(t, 1);
        }
        if (item == VAL_ERROR || list_append(t, list, item) < 0) {
            closedir(dir);
            gc_pop_roots(t, 1);
            return VAL_ERROR;
        }
        errno = 0;
    }
    int err = errno;
    closedir(dir);
    gc_pop_roots(t, 1);
    return err ? exc_raise_oserror(t, err, arg) : list;
}

static Value os_listdir(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    if (arg_parse(t, "listdir", args, nargs, kwnames, "|path", a) < 0) return VAL_ERROR;
    if (a[0] == VAL_UNBOUND || a[0] == VAL_NONE) {
        StrObj *dot = str_intern(t, ".");
        return dot ? list_directory(t, val_from_obj(dot), ".", false) : VAL_ERROR;
    }
    Value keep;
    int fd;
    const char *path = path_arg(t, "listdir", "path", a[0], false, &fd, &keep);
    if (!path) return VAL_ERROR;
    gc_push_root(t, keep);
    Value r = list_directory(t, a[0], path, false);
    gc_pop_roots(t, 1);
    return r;
}

/* _os.scandir_entries(path): [(name, kind), ...] for os.scandir. */
static Value os_scandir_entries(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    ONE_PATH("scandir", "path", false);
    Value r = list_directory(t, a[0], path, true);
    gc_pop_roots(t, 1);
    return r;
}

static Value os_mkdir(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    ONE_PATH("mkdir", "path|mode", false);
    int64_t mode = 0777;
    if (a[1] != VAL_UNBOUND && op_index(t, a[1], &mode) < 0) { gc_pop_roots(t, 1); return VAL_ERROR; }
    int r = mkdir(path, (mode_t)mode);
    gc_pop_roots(t, 1);
    return r < 0 ? exc_raise_oserror(t, errno, a[0]) : VAL_NONE;
}

static Value os_rmdir(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    ONE_PATH("rmdir", "path", false);
    int r = rmdir(path);
    gc_pop_roots(t, 1);
    return r < 0 ? exc_raise_oserror(t, errno, a[0]) : VAL_NONE;
}

static Value unlink_as(Thread *t, const char *fname, Value *args, int nargs, TupleObj *kwnames)
{
    ONE_PATH(fname, "path", false);
    int r = unlink(path);
    gc_pop_roots(t, 1);
    return r < 0 ? exc_raise_oserror(t, errno, a[0]) : VAL_NONE;
}

static Value os_unlink(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return unlink_as(t, "unlink", args, nargs, kwnames);
}

static Value os_remove(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return unlink_as(t, "remove", args, nargs, kwnames);
}

/* rename, replace and symlink: two paths. */
static Value two_paths(Thread *t, const char *fname, const char *spec, Value *args, int nargs,
                       TupleObj *kwnames, int (*call)(const char *, const char *))
{
    Value a[2], keep1, keep2;
    int fd;
    if (arg_parse(t, fname, args, nargs, kwnames, spec, a) < 0) return VAL_ERROR;
    const char *p1 = path_arg(t, fname, "src", a[0], false, &fd, &keep1);
    if (!p1) return VAL_ERROR;
    gc_push_root(t, keep1);
    const char *p2 = path_arg(t, fname, "dst", a[1], false, &fd, &keep2);
    if (!p2) { gc_pop_roots(t, 1); return VAL_ERROR; }
    gc_push_root(t, keep2);
    int r = call(p1, p2);
    gc_pop_roots(t, 2);
    return r < 0 ? raise_oserror2(t, errno, a[0], a[1]) : VAL_NONE;
}

static Value os_rename(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return two_paths(t, "rename", "src,dst", args, nargs, kwnames, rename);
}

static Value os_replace(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return two_paths(t, "replace", "src,dst", args, nargs, kwnames, rename);
}

static Value os_symlink(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return two_paths(t, "symlink", "src,dst", args, nargs, kwnames, symlink);
}

static Value os_readlink(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    ONE_PATH("readlink", "path", false);
    char buf[4096];
    ssize_t n = readlink(path, buf, sizeof buf);
    gc_pop_roots(t, 1);
    if (n < 0) return exc_raise_oserror(t, errno, a[0]);
    return fsname_decode(t, buf, (size_t)n);
}

static Value os_access(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    ONE_PATH("access", "path,mode", false);
    int64_t mode;
    int r = op_index(t, a[1], &mode);
    if (r == 0) r = access(path, (int)mode) == 0;
    gc_pop_roots(t, 1);
    return r < 0 ? VAL_ERROR : val_from_bool(r);
}

static Value os_chmod(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    ONE_PATH("chmod", "path,mode", true);
    int64_t mode;
    int r = op_index(t, a[1], &mode);
    if (r == 0) r = fd >= 0 ? fchmod(fd, (mode_t)mode) : chmod(path, (mode_t)mode);
    gc_pop_roots(t, 1);
    if (r == -1 && !exc_pending(t)) return exc_raise_oserror(t, errno, a[0]);
    return r < 0 ? VAL_ERROR : VAL_NONE;
}

static Value os_truncate(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    ONE_PATH("truncate", "path,length", true);
    int64_t length;
    int r = op_index(t, a[1], &length);
    if (r == 0) r = fd >= 0 ? ftruncate(fd, (off_t)length) : truncate(path, (off_t)length);
    gc_pop_roots(t, 1);
    if (r == -1 && !exc_pending(t)) return exc_raise_oserror(t, errno, a[0]);
    return r < 0 ? VAL_ERROR : VAL_NONE;
}

static Value os_link(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return two_paths(t, "link", "src,dst", args, nargs, kwnames, link);
}

/* A time for utime: seconds as an int or float. */
static int utime_seconds(Thread *t, Value v, struct timespec *ts)
{
    double d;
    if (val_is_double(v)) {
        d = val_as_double(v);
    } else if (int_check(v)) {
        if (int_as_double(t, v, &d) < 0) return -1;
    } else {
        exc_raise(t, &TypeErrorType, "utime: 'times' must be either a tuple of two ints or None");
        return -1;
    }
    double whole = floor(d);
    ts->tv_sec = (time_t)whole;
    ts->tv_nsec = (long)((d - whole) * 1e9);
    return 0;
}

/* utime(path, times=None): times is (atime, mtime) in seconds; None
 * means now. */
static Value os_utime(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    ONE_PATH("utime", "path|times", true);
    struct timespec ts[2];
    int r = 0;
    Value times = a[1];
    if (times != VAL_UNBOUND && times != VAL_NONE) {
        if (!tuple_check(times) || TUPLE(times)->len != 2) {
            gc_pop_roots(t, 1);
            return exc_raise(t, &TypeErrorType, "utime: 'times' must be either a tuple of two ints or None");
        }
        r = utime_seconds(t, TUPLE(times)->items[0], &ts[0]) < 0
            || utime_seconds(t, TUPLE(times)->items[1], &ts[1]) < 0 ? -1 : 0;
    }
    if (r == 0) {
        bool now = times == VAL_UNBOUND || times == VAL_NONE;
        r = fd >= 0 ? futimens(fd, now ? NULL : ts) : utimensat(AT_FDCWD, path, now ? NULL : ts, 0);
        if (r < 0) {
            gc_pop_roots(t, 1);
            return exc_raise_oserror(t, errno, VAL_UNBOUND);   /* CPython names no file here */
        }
    }
    gc_pop_roots(t, 1);
    return r < 0 ? VAL_ERROR : VAL_NONE;
}

/* seconds + nanoseconds as CPython builds st_mtime and st_mtime_ns. */
static Value time_float(struct timespec ts)
{
    return val_from_double((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static Value stat_to_value(Thread *t, const struct stat *st)
{
    Value f[19];
    int64_t ints[7] = { st->st_mode, (int64_t)st->st_ino, (int64_t)st->st_dev, (int64_t)st->st_nlink,
                        st->st_uid, st->st_gid, st->st_size };
    for (int i = 0; i < 7; i++) f[i] = val_from_small(ints[i]);
    const struct timespec *ts[3] = { &st->st_atim, &st->st_mtim, &st->st_ctim };
    for (int i = 0; i < 3; i++) {
        f[7 + i] = val_from_small(ts[i]->tv_sec);
        f[10 + i] = time_float(*ts[i]);
        f[13 + i] = VAL_NONE;
    }
    f[16] = val_from_small(st->st_blksize);
    f[17] = val_from_small(st->st_blocks);
    f[18] = val_from_small((int64_t)st->st_rdev);
    Value r = structseq_new(t, &StatResultType, f, 19);
    if (r == VAL_ERROR) return r;
    gc_push_root(t, r);
    /* Nanosecond times may pass the small-int range: made one by one,
     * each stored before the next allocation. */
    for (int i = 0; i < 3; i++) {
        Value ns = int_from_i64(t, (int64_t)ts[i]->tv_sec * 1000000000 + ts[i]->tv_nsec);
        if (ns == VAL_ERROR) { gc_pop_roots(t, 1); return ns; }
        TUPLE(r)->items[13 + i] = ns;
    }
    gc_pop_roots(t, 1);
    return r;
}

static Value stat_as(Thread *t, const char *fname, bool follow, Value *args, int nargs, TupleObj *kwnames)
{
    ONE_PATH(fname, "path|$follow_symlinks", follow);   /* lstat takes no descriptor */
    if (a[1] != VAL_UNBOUND) {
        int truth = op_truth(t, a[1]);
        if (truth < 0) { gc_pop_roots(t, 1); return VAL_ERROR; }
        follow = truth;
    }
    struct stat st;
    int r = fd >= 0 ? fstat(fd, &st) : follow ? stat(path, &st) : lstat(path, &st);
    gc_pop_roots(t, 1);
    return r < 0 ? exc_raise_oserror(t, errno, fd >= 0 ? VAL_UNBOUND : a[0]) : stat_to_value(t, &st);
}

static Value os_stat(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return stat_as(t, "stat", true, args, nargs, kwnames);
}

static Value os_lstat(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return stat_as(t, "lstat", false, args, nargs, kwnames);
}

/* _os.file_kind(path, follow): the S_IFMT bits of the file's mode, or 0
 * when stat fails: the test behind exists/isfile/isdir/islink without
 * building a stat_result. */
static Value os_file_kind(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2], keep;
    int fd;
    if (arg_parse(t, "file_kind", args, nargs, kwnames, "path,follow", a) < 0) return VAL_ERROR;
    bool follow = a[1] != VAL_FALSE;
    /* Bad arguments are reported as the stat or lstat CPython's os.path
     * functions call. */
    const char *path = path_arg(t, follow ? "stat" : "lstat", "path", a[0], follow, &fd, &keep);
    if (!path) return VAL_ERROR;
    gc_push_root(t, keep);
    struct stat st;
    int r = fd >= 0 ? fstat(fd, &st) : follow ? stat(path, &st) : lstat(path, &st);
    gc_pop_roots(t, 1);
    return val_from_small(r < 0 ? 0 : (int64_t)(st.st_mode & S_IFMT));
}

/* _os.normpath(path): os.path.normpath on a str, in C because abspath,
 * relpath and realpath lean on it.  Drops empty and '.' components and
 * a '..' after a name; keeps one leading slash, or two (POSIX leaves the
 * meaning of exactly two to the system), never three. */
static Value os_normpath(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "normpath", kwnames) < 0 || arg_count(t, "normpath", nargs, 1, 1) < 0) return VAL_ERROR;
    if (!str_check(args[0]))
        return exc_raise(t, &TypeErrorType, "normpath() argument must be str, not %N", args[0]);
    const char *s = STR(args[0])->data;
    size_t n = STR(args[0])->len;
    if (n == 0) return str_new(t, ".", 1);
    size_t slashes = s[0] != '/' ? 0 : n >= 2 && s[1] == '/' && (n == 2 || s[2] != '/') ? 2 : 1;
    /* The kept components, as (start, length) pairs. */
    size_t (*comps)[2] = malloc((n / 2 + 1) * sizeof *comps);
    if (!comps) return exc_no_memory(t);
    size_t nc = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == '/') i++;
        size_t start = i;
        while (i < n && s[i] != '/') i++;
        size_t len = i - start;
        if (len == 0 || (len == 1 && s[start] == '.')) continue;
        if (len == 2 && s[start] == '.' && s[start + 1] == '.') {
            bool after_name = nc > 0 && !(comps[nc - 1][1] == 2 && s[comps[nc - 1][0]] == '.'
                                          && s[comps[nc - 1][0] + 1] == '.');
            if (after_name) { nc--; continue; }
            if (slashes) continue;              /* '/..' is '/' */
        }
        comps[nc][0] = start;
        comps[nc][1] = len;
        nc++;
    }
    StrBuf b;
    strbuf_init(&b);
    strbuf_append(&b, "//", slashes);
    for (size_t k = 0; k < nc; k++) {
        if (k) strbuf_putc(&b, '/');
        strbuf_append(&b, s + comps[k][0], comps[k][1]);
    }
    free(comps);
    if (b.len == 0) strbuf_putc(&b, '.');
    return strbuf_finish(t, &b);
}

/* ------------------------------------------------------------------ */
/* File descriptors                                                    */

int os_fd_arg(Thread *t, Value v, int *fd)
{
    int64_t i;
    if (op_index(t, v, &i) < 0) return -1;
    if (i < INT32_MIN || i > INT32_MAX) {
        exc_raise(t, &OverflowErrorType, "Python int too large to convert to C int");
        return -1;
    }
    *fd = (int)i;
    return 0;
}

static Value os_open(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    ONE_PATH("open", "path,flags|mode", false);
    int64_t flags, mode = 0777;
    if (op_index(t, a[1], &flags) < 0 || (a[2] != VAL_UNBOUND && op_index(t, a[2], &mode) < 0)) {
        gc_pop_roots(t, 1);
        return VAL_ERROR;
    }
    int r = open(path, (int)flags | O_CLOEXEC, (mode_t)mode);
    gc_pop_roots(t, 1);
    return r < 0 ? exc_raise_oserror(t, errno, a[0]) : val_from_small(r);
}

static Value os_close(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int fd;
    if (arg_parse(t, "close", args, nargs, kwnames, "fd", a) < 0 || os_fd_arg(t, a[0], &fd) < 0)
        return VAL_ERROR;
    return close(fd) < 0 ? exc_raise_oserror(t, errno, VAL_UNBOUND) : VAL_NONE;
}

static Value os_read(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int fd;
    int64_t n;
    if (arg_no_kw(t, "read", kwnames) < 0 || arg_count_expected(t, "read", nargs, 2, 2) < 0) return VAL_ERROR;
    if (os_fd_arg(t, args[0], &fd) < 0 || op_index(t, args[1], &n) < 0) return VAL_ERROR;
    if (n < 0) return exc_raise_oserror(t, EINVAL, VAL_UNBOUND);
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) return exc_no_memory(t);
    ssize_t got;
    for (;;) {
        gil_release(t);
        got = read(fd, buf, (size_t)n);
        gil_acquire(t);
        if (got >= 0 || errno != EINTR) break;
        if (signals_check(t) < 0) {
            free(buf);
            return VAL_ERROR;
        }
    }
    Value r = got < 0 ? exc_raise_oserror(t, errno, VAL_UNBOUND) : bytes_new(t, buf, (size_t)got);
    free(buf);
    return r;
}

static Value os_write(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int fd;
    if (arg_no_kw(t, "write", kwnames) < 0 || arg_count_expected(t, "write", nargs, 2, 2) < 0)
        return VAL_ERROR;
    if (os_fd_arg(t, args[0], &fd) < 0) return VAL_ERROR;
    if (!bytes_check(args[1]))
        return exc_raise(t, &TypeErrorType, "a bytes-like object is required, not '%s'",
                         type_name(val_type(args[1])));
    /* The bytes stay alive in args while the lock is released. */
    const unsigned char *data = BYTES(args[1])->data;
    size_t len = BYTES(args[1])->len;
    ssize_t put;
    for (;;) {
        gil_release(t);
        put = write(fd, data, len);
        gil_acquire(t);
        if (put >= 0 || errno != EINTR) break;
        if (signals_check(t) < 0) return VAL_ERROR;
    }
    return put < 0 ? exc_raise_oserror(t, errno, VAL_UNBOUND) : val_from_small(put);
}

static Value os_pipe(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    int fds[2];
    if (arg_no_kw(t, "pipe", kwnames) < 0 || arg_count(t, "posix.pipe", nargs, 0, 0) < 0) return VAL_ERROR;
    if (pipe(fds) < 0) return exc_raise_oserror(t, errno, VAL_UNBOUND);
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return tuple_pack(t, 2, val_from_small(fds[0]), val_from_small(fds[1]));
}

static Value os_isatty(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int fd;
    if (arg_parse(t, "isatty", args, nargs, kwnames, "fd/", a) < 0 || os_fd_arg(t, a[0], &fd) < 0)
        return VAL_ERROR;
    return val_from_bool(isatty(fd));
}

static Value os_dup(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int fd;
    if (arg_parse(t, "dup", args, nargs, kwnames, "fd/", a) < 0 || os_fd_arg(t, a[0], &fd) < 0) return VAL_ERROR;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return r < 0 ? exc_raise_oserror(t, errno, VAL_UNBOUND) : val_from_small(r);
}

static Value os_dup2(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[3];
    int fd, fd2;
    if (arg_parse(t, "dup2", args, nargs, kwnames, "fd,fd2|inheritable", a) < 0 || os_fd_arg(t, a[0], &fd) < 0
        || os_fd_arg(t, a[1], &fd2) < 0)
        return VAL_ERROR;
    int inheritable = a[2] == VAL_UNBOUND ? 1 : op_truth(t, a[2]);
    if (inheritable < 0) return VAL_ERROR;
    int r = inheritable || fd == fd2 ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
    return r < 0 ? exc_raise_oserror(t, errno, VAL_UNBOUND) : val_from_small(r);
}

static Value os_fsync(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int fd;
    if (arg_parse(t, "fsync", args, nargs, kwnames, "fd", a) < 0) return VAL_ERROR;
    if (os_fd_arg(t, a[0], &fd) < 0) return VAL_ERROR;
    return fsync(fd) < 0 ? exc_raise_oserror(t, errno, VAL_UNBOUND) : VAL_NONE;
}

static Value os_lseek(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int fd;
    int64_t pos, how;
    if (arg_no_kw(t, "lseek", kwnames) < 0 || arg_count_expected(t, "lseek", nargs, 3, 3) < 0)
        return VAL_ERROR;
    if (os_fd_arg(t, args[0], &fd) < 0 || op_index(t, args[1], &pos) < 0 || op_index(t, args[2], &how) < 0)
        return VAL_ERROR;
    off_t r = lseek(fd, (off_t)pos, (int)how);
    return r < 0 ? exc_raise_oserror(t, errno, VAL_UNBOUND) : int_from_i64(t, r);
}

static Value os_get_terminal_size(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int fd = 1;
    if (arg_no_kw(t, "get_terminal_size", kwnames) < 0
        || arg_count_expected(t, "get_terminal_size", nargs, 0, 1) < 0)
        return VAL_ERROR;
    if (nargs && os_fd_arg(t, args[0], &fd) < 0) return VAL_ERROR;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return exc_raise_oserror(t, errno, VAL_UNBOUND);
    Value f[2] = { val_from_small(w.ws_col), val_from_small(w.ws_row) };
    return structseq_new(t, &TerminalSizeType, f, 2);
}

/* A name or value for the environment: a str without NUL. */
static int env_text(Thread *t, Value v)
{
    if (!str_check(v)) {
        exc_raise(t, &TypeErrorType, "expected str, bytes or os.PathLike object, not %T", v);
        return -1;
    }
    if (strlen(STR(v)->data) != STR(v)->len) {
        exc_raise(t, &ValueErrorType, "embedded null byte");
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Process and system                                                  */

static Value os_getpid(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "getpid", kwnames) < 0 || arg_count(t, "posix.getpid", nargs, 0, 0) < 0)
        return VAL_ERROR;
    return val_from_small(getpid());
}

static Value os_getppid(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "getppid", kwnames) < 0 || arg_count(t, "posix.getppid", nargs, 0, 0) < 0)
        return VAL_ERROR;
    return val_from_small(getppid());
}

static Value os_cpu_count(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "cpu_count", kwnames) < 0 || arg_count(t, "posix.cpu_count", nargs, 0, 0) < 0)
        return VAL_ERROR;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? VAL_NONE : val_from_small(n);
}

/* getuid, geteuid, getgid, getegid: no arguments, an id. */
#define ID_FUNCTION(name, call)                                                              \
    static Value os_##name(Thread *t, Value *args, int nargs, TupleObj *kwnames)           \
    {                                                                                        \
        (void)args;                                                                          \
        if (arg_no_kw(t, #name, kwnames) < 0 || arg_count(t, "posix." #name, nargs, 0, 0) < 0) \
            return VAL_ERROR;                                                                \
        return val_from_small((int64_t)call());                                              \
    }
ID_FUNCTION(getuid, getuid)
ID_FUNCTION(geteuid, geteuid)
ID_FUNCTION(getgid, getgid)
ID_FUNCTION(getegid, getegid)
#undef ID_FUNCTION

static Value os_umask(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int64_t mask;
    if (arg_parse(t, "umask", args, nargs, kwnames, "mask/", a) < 0 || op_index(t, a[0], &mask) < 0)
        return VAL_ERROR;
    return val_from_small(umask((mode_t)mask));
}

static Value os_kill(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int64_t pid, sig;
    if (arg_no_kw(t, "kill", kwnames) < 0 || arg_count_expected(t, "kill", nargs, 2, 2) < 0) return VAL_ERROR;
    if (op_index(t, args[0], &pid) < 0 || op_index(t, args[1], &sig) < 0) return VAL_ERROR;
    if (kill((pid_t)pid, (int)sig) < 0) return exc_raise_oserror(t, errno, VAL_UNBOUND);
    /* A signal sent to this process runs its handler before kill returns. */
    return signals_check(t) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value os_uname(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "uname", kwnames) < 0 || arg_count(t, "posix.uname", nargs, 0, 0) < 0) return VAL_ERROR;
    struct utsname u;
    if (uname(&u) < 0) return exc_raise_oserror(t, errno, VAL_UNBOUND);
    const char *parts[5] = { u.sysname, u.nodename, u.release, u.version, u.machine };
    Value f[5];
    uint32_t mark = gc_root_mark(t);
    for (int i = 0; i < 5; i++) {
        f[i] = fsname_decode(t, parts[i], strlen(parts[i]));
        if (f[i] == VAL_ERROR) { gc_root_reset(t, mark); return VAL_ERROR; }
        gc_push_root(t, f[i]);
    }
    Value r = structseq_new(t, &UnameResultType, f, 5);
    gc_root_reset(t, mark);
    return r;
}

/* system(command): runs command with /bin/sh and returns its wait
 * status.  Like CPython it flushes nothing: output the script buffered
 * may come after the command's. */
static Value os_system(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    if (arg_parse(t, "system", args, nargs, kwnames, "command", a) < 0) return VAL_ERROR;
    Value command = fspath(t, a[0]);
    if (command == VAL_ERROR) return command;
    if (!str_check(command)) return exc_raise(t, &TypeErrorType, "bytes commands are not supported");
    if (strlen(STR(command)->data) != STR(command)->len)
        return exc_raise(t, &ValueErrorType, "embedded null byte");
    gc_push_root(t, command);
    int status = system(STR(command)->data);
    gc_pop_roots(t, 1);
    return status == -1 ? exc_raise_oserror(t, errno, VAL_UNBOUND) : val_from_small(status);
}

static Value os_waitstatus_to_exitcode(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int status;
    if (arg_parse(t, "waitstatus_to_exitcode", args, nargs, kwnames, "status", a) < 0
        || os_fd_arg(t, a[0], &status) < 0)
        return VAL_ERROR;
    if (WIFEXITED(status)) return val_from_small(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return val_from_small(-WTERMSIG(status));
    if (WIFSTOPPED(status))
        return exc_raise(t, &ValueErrorType, "process stopped by delivery of signal %d", WSTOPSIG(status));
    return exc_raise(t, &ValueErrorType, "invalid wait status: %d", status);
}

/* _exit(n): ends the process at once: no finally blocks, no flushing. */
static Value os__exit(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int status;
    if (arg_parse(t, "_exit", args, nargs, kwnames, "status", a) < 0 || os_fd_arg(t, a[0], &status) < 0)
        return VAL_ERROR;
    _exit(status);
}

static Value os_urandom(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int64_t n;
    if (arg_no_kw(t, "urandom", kwnames) < 0 || arg_count(t, "posix.urandom", nargs, 1, 1) < 0
        || op_index(t, args[0], &n) < 0)
        return VAL_ERROR;
    if (n < 0) return exc_raise(t, &ValueErrorType, "negative argument not allowed");
    unsigned char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) return exc_no_memory(t);
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    size_t got = 0;
    while (fd >= 0 && got < (size_t)n) {
        ssize_t r = read(fd, buf + got, (size_t)n - got);
        if (r <= 0 && errno != EINTR) break;
        if (r > 0) got += (size_t)r;
    }
    int err = errno;
    if (fd >= 0) close(fd);
    Value r = got == (size_t)n ? bytes_new(t, buf, got) : exc_raise_oserror(t, err, VAL_UNBOUND);
    free(buf);
    return r;
}

static Value os_strerror(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int code;
    if (arg_parse(t, "strerror", args, nargs, kwnames, "code/", a) < 0 || os_fd_arg(t, a[0], &code) < 0)
        return VAL_ERROR;
    return str_from_cstr(t, strerror(code));
}

/* _os.home_of(user): the home directory of user (of the current user
 * for None) from the password database, or None when unknown. */
static Value os_home_of(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    if (arg_parse(t, "home_of", args, nargs, kwnames, "user", a) < 0) return VAL_ERROR;
    if (a[0] != VAL_NONE && env_text(t, a[0]) < 0) return VAL_ERROR;
    struct passwd *pw = a[0] == VAL_NONE ? getpwuid(getuid()) : getpwnam(STR(a[0])->data);
    if (!pw || !pw->pw_dir) return VAL_NONE;
    return fsname_decode(t, pw->pw_dir, strlen(pw->pw_dir));
}

/* _os.fsencode(str) -> bytes and _os.fsdecode(bytes) -> str, with the
 * escaping of fsname_decode. */
static Value os_fsencode(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "fsencode", kwnames) < 0 || arg_count(t, "fsencode", nargs, 1, 1) < 0) return VAL_ERROR;
    if (!str_check(args[0]))
        return exc_raise(t, &TypeErrorType, "fsencode() argument must be str, not %N", args[0]);
    const char *text;
    Value r = fsname_encode(t, args[0], &text);
    return r == args[0] ? bytes_new(t, text, STR(r)->len) : r;
}

static Value os_fsdecode(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "fsdecode", kwnames) < 0 || arg_count(t, "fsdecode", nargs, 1, 1) < 0) return VAL_ERROR;
    if (!bytes_check(args[0]))
        return exc_raise(t, &TypeErrorType, "fsdecode() argument must be bytes, not %N", args[0]);
    return fsname_decode(t, (const char *)BYTES(args[0])->data, BYTES(args[0])->len);
}

static Value os_fspath(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    if (arg_parse(t, "fspath", args, nargs, kwnames, "path", a) < 0) return VAL_ERROR;
    return fspath(t, a[0]);
}

/* ------------------------------------------------------------------ */
/* Environment                                                         */

static Value os_putenv(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "putenv", kwnames) < 0 || arg_count_expected(t, "putenv", nargs, 2, 2) < 0)
        return VAL_ERROR;
    if (env_text(t, args[0]) < 0 || env_text(t, args[1]) < 0) return VAL_ERROR;
    if (strchr(STR(args[0])->data, '='))
        return exc_raise(t, &ValueErrorType, "illegal environment variable name");
    const char *name, *value;
    Value keep_name = fsname_encode(t, args[0], &name);
    if (keep_name == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, keep_name);
    Value keep_value = fsname_encode(t, args[1], &value);
    int r = keep_value == VAL_ERROR ? 0 : setenv(name, value, 1);
    gc_pop_roots(t, 1);
    if (keep_value == VAL_ERROR) return VAL_ERROR;
    return r < 0 ? exc_raise_oserror(t, errno, VAL_UNBOUND) : VAL_NONE;
}

static Value os_unsetenv(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "unsetenv", kwnames) < 0 || arg_count(t, "unsetenv", nargs, 1, 1) < 0) return VAL_ERROR;
    const char *name;
    if (env_text(t, args[0]) < 0 || fsname_encode(t, args[0], &name) == VAL_ERROR) return VAL_ERROR;
    /* No allocation since name_to_bytes: name stays valid. */
    if (unsetenv(name) < 0) return exc_raise_oserror(t, errno, VAL_UNBOUND);
    return VAL_NONE;
}

/* A dict of the environment at the time of the call. */
static Value os_environ_dict(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "environ_dict", kwnames) < 0 || arg_count(t, "environ_dict", nargs, 0, 0) < 0)
        return VAL_ERROR;
    Value d = dict_new(t);
    if (d == VAL_ERROR) return d;
    gc_push_root(t, d);
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        Value k = fsname_decode(t, *e, (size_t)(eq - *e));
        if (k == VAL_ERROR) goto fail;
        gc_push_root(t, k);
        Value v = fsname_decode(t, eq + 1, strlen(eq + 1));
        int r = v == VAL_ERROR ? -1 : dict_set(t, (DictObj *)val_as_obj(d), k, v);
        gc_pop_roots(t, 1);
        if (r < 0) goto fail;
    }
    gc_pop_roots(t, 1);
    return d;
fail:
    gc_pop_roots(t, 1);
    return VAL_ERROR;
}

static const MethodDef os_functions[] = {
    {"getcwd", os_getcwd, 0},
    {"chdir", os_chdir, 0},
    {"listdir", os_listdir, 0},
    {"scandir_entries", os_scandir_entries, 0},
    {"mkdir", os_mkdir, 0},
    {"rmdir", os_rmdir, 0},
    {"unlink", os_unlink, 0},
    {"remove", os_remove, 0},
    {"rename", os_rename, 0},
    {"replace", os_replace, 0},
    {"symlink", os_symlink, 0},
    {"readlink", os_readlink, 0},
    {"access", os_access, 0},
    {"chmod", os_chmod, 0},
    {"truncate", os_truncate, 0},
    {"link", os_link, 0},
    {"utime", os_utime, 0},
    {"stat", os_stat, 0},
    {"lstat", os_lstat, 0},
    {"file_kind", os_file_kind, 0},
    {"normpath", os_normpath, 0},
    {"open", os_open, 0},
    {"close", os_close, 0},
    {"read", os_read, 0},
    {"write", os_write, 0},
    {"pipe", os_pipe, 0},
    {"isatty", os_isatty, 0},
    {"lseek", os_lseek, 0},
    {"dup", os_dup, 0},
    {"dup2", os_dup2, 0},
    {"fsync", os_fsync, 0},
    {"get_terminal_size", os_get_terminal_size, 0},
    {"getpid", os_getpid, 0},
    {"getppid", os_getppid, 0},
    {"cpu_count", os_cpu_count, 0},
    {"getuid", os_getuid, 0},
    {"geteuid", os_geteuid, 0},
    {"getgid", os_getgid, 0},
    {"getegid", os_getegid, 0},
    {"umask", os_umask, 0},
    {"kill", os_kill, 0},
    {"uname", os_uname, 0},
    {"system", os_system, 0},
    {"waitstatus_to_exitcode", os_waitstatus_to_exitcode, 0},
    {"_exit", os__exit, 0},
    {"urandom", os_urandom, 0},
    {"strerror", os_strerror, 0},
    {"fspath", os_fspath, 0},
    {"fsencode", os_fsencode, 0},
    {"fsdecode", os_fsdecode, 0},
    {"home_of", os_home_of, 0},
    {"putenv", os_putenv, 0},
    {"unsetenv", os_unsetenv, 0},
    {"environ_dict", os_environ_dict, 0},
    {NULL, NULL, 0},
};

static const struct { const char *name; int value; } os_constants[] = {
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
    {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL},
    {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK}, {"O_CLOEXEC", O_CLOEXEC},
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {"S_IFMT", S_IFMT}, {"S_IFDIR", S_IFDIR}, {"S_IFREG", S_IFREG}, {"S_IFLNK", S_IFLNK},
    {NULL, 0},
};

Value mod_os_init(Thread *t)
{
    if (structseq_set_module(t, &StatResultType) < 0 || structseq_set_module(t, &TerminalSizeType) < 0
        || structseq_set_module(t, &UnameResultType) < 0)
        return VAL_ERROR;
    Value m = module_new(t, "_os");
    if (m == VAL_ERROR) return m;
    gc_push_root(t, m);
    Value r = VAL_ERROR;
    if (module_add_functions(t, m, os_functions) < 0 || os_add_process_calls(t, m) < 0) goto done;
    if (module_add(t, m, "stat_result", val_from_obj(&StatResultType.type)) < 0) goto done;
    if (module_add(t, m, "terminal_size", val_from_obj(&TerminalSizeType.type)) < 0) goto done;
    if (module_add(t, m, "uname_result", val_from_obj(&UnameResultType.type)) < 0) goto done;
    for (int i = 0; os_constants[i].name; i++)
        if (module_add(t, m, os_constants[i].name, val_from_small(os_constants[i].value)) < 0) goto done;
    r = m;
done:
    gc_pop_roots(t, 1);
    return r;
}
