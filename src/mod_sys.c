/*
 * mod_sys.c -- the sys module.
 *
 * mod_sys_init builds the module and points Interp.sys_dict at its dict,
 * where the rest of the interpreter finds sys.stdout and friends (print,
 * tracebacks, input) on every use, so a script may replace them.
 */
#include <float.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "builtins.h"
#include "args.h"
#include "exc.h"
#include "frame.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_file.h"
#include "obj_frameinfo.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "vm.h"

#define VERSION_MAJOR 3
#define VERSION_MINOR 12
#define VERSION_MICRO 0
#define ASTER_VERSION "0.1.0"
#define TEXT_(x) #x
#define TEXT(x) TEXT_(x)
#define PY_VERSION TEXT(VERSION_MAJOR) "." TEXT(VERSION_MINOR) "." TEXT(VERSION_MICRO)

static const GetSetDef version_info_fields[] = {
    STRUCTSEQ_FIELD("major", 0),
    STRUCTSEQ_FIELD("minor", 1),
    STRUCTSEQ_FIELD("micro", 2),
    STRUCTSEQ_FIELD("releaselevel", 3),
    STRUCTSEQ_FIELD("serial", 4),
    {NULL, NULL, NULL},
};

StructSeqType VersionInfoType = {
    .type = { STRUCTSEQ_TYPE_INIT("version_info", version_info_fields) },
    .module = "sys",
    .visible = 5,
    .nfields = 5,
};

static const GetSetDef implementation_fields[] = {
    STRUCTSEQ_FIELD("name", 0),
    STRUCTSEQ_FIELD("cache_tag", 1),
    STRUCTSEQ_FIELD("version", 2),
    {NULL, NULL, NULL},
};

StructSeqType ImplementationType = {
    .type = { STRUCTSEQ_TYPE_INIT("implementation", implementation_fields) },
    .module = "sys",
    .visible = 3,
    .nfields = 3,
};

static const GetSetDef flags_fields[] = {
    STRUCTSEQ_FIELD("debug", 0),
    STRUCTSEQ_FIELD("inspect", 1),
    STRUCTSEQ_FIELD("interactive", 2),
    STRUCTSEQ_FIELD("optimize", 3),
    STRUCTSEQ_FIELD("dont_write_bytecode", 4),
    STRUCTSEQ_FIELD("no_user_site", 5),
    STRUCTSEQ_FIELD("no_site", 6),
    STRUCTSEQ_FIELD("ignore_environment", 7),
    STRUCTSEQ_FIELD("verbose", 8),
    STRUCTSEQ_FIELD("bytes_warning", 9),
    STRUCTSEQ_FIELD("quiet", 10),
    STRUCTSEQ_FIELD("hash_randomization", 11),
    STRUCTSEQ_FIELD("isolated", 12),
    STRUCTSEQ_FIELD("dev_mode", 13),
    STRUCTSEQ_FIELD("utf8_mode", 14),
    STRUCTSEQ_FIELD("warn_default_encoding", 15),
    STRUCTSEQ_FIELD("safe_path", 16),
    STRUCTSEQ_FIELD("int_max_str_digits", 17),
    {NULL, NULL, NULL},
};

StructSeqType FlagsType = {
    .type = { STRUCTSEQ_TYPE_INIT("flags", flags_fields) },
    .module = "sys",
    .visible = 18,
    .nfields = 18,
};

static const GetSetDef float_info_fields[] = {
    STRUCTSEQ_FIELD("max", 0),
    STRUCTSEQ_FIELD("max_exp", 1),
    STRUCTSEQ_FIELD("max_10_exp", 2),
    STRUCTSEQ_FIELD("min", 3),
    STRUCTSEQ_FIELD("min_exp", 4),
    STRUCTSEQ_FIELD("min_10_exp", 5),
    STRUCTSEQ_FIELD("dig", 6),
    STRUCTSEQ_FIELD("mant_dig", 7),
    STRUCTSEQ_FIELD("epsilon", 8),
    STRUCTSEQ_FIELD("radix", 9),
    STRUCTSEQ_FIELD("rounds", 10),
    {NULL, NULL, NULL},
};

StructSeqType FloatInfoType = {
    .type = { STRUCTSEQ_TYPE_INIT("float_info", float_info_fields) },
    .module = "sys",
    .visible = 11,
    .nfields = 11,
};

/* ------------------------------------------------------------------ */
/* Functions                                                           */

static Value sys_exit(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "exit", kwnames) < 0 || arg_count(t, "exit", nargs, 0, 1) < 0)
        return VAL_ERROR;
    Value e = exc_new(t, &SystemExitType, args, nargs);
    if (e == VAL_ERROR) return VAL_ERROR;
    return exc_raise_obj(t, e);
}

static Value sys_getrecursionlimit(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "getrecursionlimit", kwnames) < 0
        || arg_count(t, "sys.getrecursionlimit", nargs, 0, 0) < 0)
        return VAL_ERROR;
    return val_from_small(t->interp->recursion_limit);
}

static Value sys_setrecursionlimit(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int64_t n;
    if (arg_no_kw(t, "setrecursionlimit", kwnames) < 0
        || arg_count(t, "sys.setrecursionlimit", nargs, 1, 1) < 0)
        return VAL_ERROR;
    if (val_is_double(args[0]))
        return exc_raise(t, &TypeErrorType, "'float' object cannot be interpreted as an integer");
    if (op_index(t, args[0], &n) < 0) return VAL_ERROR;
    if (n < 1)
        return exc_raise(t, &ValueErrorType, "recursion limit must be greater or equal than 1");
    if (n > INT_MAX) return exc_raise(t, &OverflowErrorType, "Python int too large to convert to C int");
    if (n <= t->depth)
        return exc_raise(t, &RecursionErrorType,
                         "cannot set the recursion limit to %lld at the recursion depth %d: "
                         "the limit is too low", (long long)n, t->depth);
    t->interp->recursion_limit = (int)n;
    return VAL_NONE;
}

static Value sys_get_int_max_str_digits(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "get_int_max_str_digits", kwnames) < 0
        || arg_count(t, "sys.get_int_max_str_digits", nargs, 0, 0) < 0)
        return VAL_ERROR;
    return val_from_small(t->interp->int_max_str_digits);
}

static Value sys_set_int_max_str_digits(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int64_t n;
    if (arg_parse(t, "set_int_max_str_digits", args, nargs, kwnames, "maxdigits", a) < 0)
        return VAL_ERROR;
    if (op_index(t, a[0], &n) < 0) return VAL_ERROR;
    if (n != 0 && (n < 640 || n > INT_MAX))
        return exc_raise(t, &ValueErrorType, "maxdigits must be 0 or larger than 640");
    t->interp->int_max_str_digits = (int)n;
    return VAL_NONE;
}

static Value sys_exc_info(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "exc_info", kwnames) < 0 || arg_count(t, "sys.exc_info", nargs, 0, 0) < 0)
        return VAL_ERROR;
    Value e = exc_handled(t);
    if (!exc_check(e)) return tuple_pack(t, 3, VAL_NONE, VAL_NONE, VAL_NONE);
    TracebackObj *tb = EXC(e)->traceback;
    return tuple_pack(t, 3, val_from_obj(val_type(e)), e, tb ? val_from_obj(tb) : VAL_NONE);
}

static Value sys_exception(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "exception", kwnames) < 0 || arg_count(t, "sys.exception", nargs, 0, 0) < 0)
        return VAL_ERROR;
    return exc_handled(t);
}

/* sys._getframe(depth=0): snapshots of the running frames from the one
 * `depth` calls up to the outermost, linked through f_back. */
static Value sys_getframe(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int64_t depth = 0;
    if (arg_no_kw(t, "_getframe", kwnames) < 0 || arg_count(t, "_getframe", nargs, 0, 1) < 0)
        return VAL_ERROR;
    if (nargs == 1 && op_index(t, args[0], &depth) < 0) return VAL_ERROR;
    Frame *f = t->frame;
    for (; f && depth > 0; depth--) f = f->parent;
    if (!f) return exc_raise(t, &ValueErrorType, "call stack is not deep enough");
    size_t n = 0;
    for (Frame *g = f; g; g = g->parent) n++;
    Frame **chain = malloc(n * sizeof *chain);
    if (!chain) return exc_no_memory(t);
    n = 0;
    for (Frame *g = f; g; g = g->parent) chain[n++] = g;
    uint32_t mark = gc_root_mark(t);
    Value back = VAL_NONE;
    bool failed = false;
    while (n--) {
        Frame *g = chain[n];
        Value locals = vm_frame_locals(t, g);
        if (locals == VAL_ERROR) { failed = true; break; }
        gc_push_root(t, locals);
        Value fi = frameinfo_new(t, val_from_obj(g->code), frame_line(g), val_from_obj(g->globals));
        if (fi == VAL_ERROR) { failed = true; break; }
        frameinfo_set_back(fi, back);
        frameinfo_set_locals(fi, locals);
        back = fi;
        gc_push_root(t, back);
    }
    free(chain);
    gc_root_reset(t, mark);
    return failed ? VAL_ERROR : back;
}

static Value sys_intern(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "intern", kwnames) < 0 || arg_count(t, "sys.intern", nargs, 1, 1) < 0)
        return VAL_ERROR;
    if (!str_check_exact(args[0]))
        return exc_raise(t, &TypeErrorType, "intern() argument must be str, not %N", args[0]);
    StrObj *s = str_intern_obj(t, STR(args[0]));
    return s ? val_from_obj(s) : VAL_ERROR;
}

static Value sys_getdefaultencoding(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "getdefaultencoding", kwnames) < 0
        || arg_count(t, "sys.getdefaultencoding", nargs, 0, 0) < 0)
        return VAL_ERROR;
    return str_from_cstr(t, "utf-8");
}

static Value sys_getfilesystemencoding(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "getfilesystemencoding", kwnames) < 0
        || arg_count(t, "sys.getfilesystemencoding", nargs, 0, 0) < 0)
        return VAL_ERROR;
    return str_from_cstr(t, "utf-8");
}

static const MethodDef sys_functions[] = {
    {"_getframe", sys_getframe, 0},
    {"exit", sys_exit, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0},
    {"exc_info", sys_exc_info, 0},
    {"exception", sys_exception, 0},
    {"intern", sys_intern, 0},
    {"getdefaultencoding", sys_getdefaultencoding, 0},
    {"getfilesystemencoding", sys_getfilesystemencoding, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* The module                                                          */

static int add_stream(Thread *t, Value m, int fd, const char *name, const char *label,
                      const char *mode)
{
    Value f = file_from_fd(t, fd, label, mode);
    if (f == VAL_ERROR) return -1;
    gc_push_root(t, f);
    char dunder[16];
    snprintf(dunder, sizeof dunder, "__%s__", name);
    int r = module_add(t, m, name, f) < 0 || module_add(t, m, dunder, f) < 0 ? -1 : 0;
    gc_pop_roots(t, 1);
    return r;
}

static Value make_version_info(Thread *t)
{
    Value level = str_from_cstr(t, "final");
    if (level == VAL_ERROR) return VAL_ERROR;
    Value fields[5] = {
        val_from_small(VERSION_MAJOR), val_from_small(VERSION_MINOR),
        val_from_small(VERSION_MICRO), level, val_from_small(0),
    };
    gc_push_root(t, level);
    Value r = structseq_new(t, &VersionInfoType, fields, 5);
    gc_pop_roots(t, 1);
    return r;
}

static Value make_implementation(Thread *t, Value version_info)
{
    Value name = str_from_cstr(t, "aster");
    if (name == VAL_ERROR) return VAL_ERROR;
    Value fields[3] = { name, VAL_NONE, version_info };
    gc_push_root(t, name);
    Value r = structseq_new(t, &ImplementationType, fields, 3);
    gc_pop_roots(t, 1);
    return r;
}

/* sys.flags: aster has none of CPython's command-line switches, so these
 * are the values of a plain run.  String hashes are not randomised, there
 * is no bytecode cache to write, and text is always UTF-8. */
static Value make_flags(Thread *t)
{
    Value f[18];
    for (int i = 0; i < 18; i++) f[i] = val_from_small(0);
    f[4] = val_from_small(1);                          /* dont_write_bytecode */
    f[13] = VAL_FALSE;                                 /* dev_mode */
    f[14] = val_from_small(1);                         /* utf8_mode */
    f[16] = VAL_FALSE;                                 /* safe_path */
    f[17] = val_from_small(t->interp->int_max_str_digits);
    return structseq_new(t, &FlagsType, f, 18);
}

static Value make_float_info(Thread *t)
{
    Value f[11] = {
        val_from_double(DBL_MAX), val_from_small(DBL_MAX_EXP), val_from_small(DBL_MAX_10_EXP),
        val_from_double(DBL_MIN), val_from_small(DBL_MIN_EXP), val_from_small(DBL_MIN_10_EXP),
        val_from_small(DBL_DIG), val_from_small(DBL_MANT_DIG), val_from_double(DBL_EPSILON),
        val_from_small(FLT_RADIX), val_from_small(FLT_ROUNDS),
    };
    return structseq_new(t, &FloatInfoType, f, 11);
}

/* The names in native_modules and builtins, sorted, as a tuple. */
static Value builtin_module_names(Thread *t)
{
    Value names = list_new(t, 0);
    if (names == VAL_ERROR) return names;
    gc_push_root(t, names);
    Value r = VAL_ERROR;
    Value b = str_from_cstr(t, "builtins");
    if (b == VAL_ERROR || list_append(t, names, b) < 0) goto done;
    for (const NativeModuleDef *d = native_modules; d->name; d++) {
        Value n = str_from_cstr(t, d->name);
        if (n == VAL_ERROR || list_append(t, names, n) < 0) goto done;
    }
    if (list_sort(t, names, VAL_NONE, false) < 0) goto done;
    r = tuple_from_array(t, LIST(names)->items, LIST(names)->len);
done:
    gc_pop_roots(t, 1);
    return r;
}

static Value executable_path(Thread *t)
{
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n < 0) n = 0;
    return str_new(t, buf, (size_t)n);
}

static int add_values(Thread *t, Value m)
{
    Interp *ip = t->interp;
    if (!ip->modules) {
        Value d = dict_new(t);
        if (d == VAL_ERROR) return -1;
        ip->modules = DICT(d);
    }
    Value argv = ip->sys_argv;
    if (!list_check(argv)) argv = list_new(t, 0);
    if (module_add(t, m, "argv", argv) < 0) return -1;
    if (module_add(t, m, "modules", val_from_obj(ip->modules)) < 0) return -1;
    if (module_add(t, m, "path", list_new(t, 0)) < 0) return -1;
    if (module_add(t, m, "version", str_from_cstr(t, PY_VERSION " (aster " ASTER_VERSION ")")) < 0)
        return -1;
    Value vi = make_version_info(t);
    if (module_add(t, m, "version_info", vi) < 0) return -1;
    if (module_add(t, m, "implementation", make_implementation(t, vi)) < 0) return -1;
    if (module_add(t, m, "hexversion",
                   val_from_small((VERSION_MAJOR << 24) | (VERSION_MINOR << 16)
                                  | (VERSION_MICRO << 8) | 0xF0)) < 0)
        return -1;
    if (module_add(t, m, "platform", str_from_cstr(t, "linux")) < 0) return -1;
    if (module_add(t, m, "byteorder", str_from_cstr(t, "little")) < 0) return -1;
    if (module_add(t, m, "maxsize", int_from_i64(t, INT64_MAX)) < 0) return -1;
    if (module_add(t, m, "maxunicode", val_from_small(0x10FFFF)) < 0) return -1;
    if (module_add(t, m, "executable", executable_path(t)) < 0) return -1;
    if (module_add(t, m, "flags", make_flags(t)) < 0) return -1;
    if (module_add(t, m, "float_info", make_float_info(t)) < 0) return -1;
    if (module_add(t, m, "builtin_module_names", builtin_module_names(t)) < 0) return -1;
    if (module_add(t, m, "dont_write_bytecode", VAL_TRUE) < 0) return -1;
    return 0;
}

Value mod_sys_init(Thread *t)
{
    if (structseq_set_module(t, &VersionInfoType) < 0 || structseq_set_module(t, &ImplementationType) < 0
        || structseq_set_module(t, &FlagsType) < 0 || structseq_set_module(t, &FloatInfoType) < 0)
        return VAL_ERROR;
    Value m = module_new(t, "sys");
    if (m == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, m);
    Value r = VAL_ERROR;
    t->interp->sys_dict = module_dict(m);
    if (module_add_functions(t, m, sys_functions) < 0) goto done;
    if (add_stream(t, m, 0, "stdin", "<stdin>", "r") < 0) goto done;
    if (add_stream(t, m, 1, "stdout", "<stdout>", "w") < 0) goto done;
    if (add_stream(t, m, 2, "stderr", "<stderr>", "w") < 0) goto done;
    if (add_values(t, m) < 0) goto done;
    r = m;
done:
    gc_pop_roots(t, 1);
    return r;
}
