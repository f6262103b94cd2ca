/*
 * exc.c -- the exception types, raising from C, and traceback printing.
 *
 * Every builtin exception type is a static TypeObj made from EXC_LIST
 * (exc.h) with the same slots.  The few types with extra behaviour
 * (OSError's errno, SyntaxError's location, KeyError's str ...) are told
 * apart at run time by their "kind", the nearest such type in the MRO, so
 * a script's subclass of OSError behaves like OSError without any slot
 * copying.  Extra attributes live in the instance dict behind getset
 * descriptors that read None when the entry is absent: creating an
 * exception never creates a dict unless an attribute is really stored.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "exc.h"
#include "args.h"
#include "code.h"
#include "frame.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_file.h"
#include "obj_frameinfo.h"
#include "obj_gen.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "utf8.h"
#include "vm.h"

/* ------------------------------------------------------------------ */
/* The types                                                           */

/* Forward: the types are defined after their attribute tables. */
#define X(c, py, b) extern TypeObj c##Type;
EXC_LIST(X)
#undef X

static void traceback_trace(GC *gc, Obj *o)
{
    TracebackObj *tb = (TracebackObj *)o;
    gc_mark_obj(gc, (Obj *)tb->next);
    gc_mark_value(gc, tb->code);
}

static Value traceback_repr(Thread *t, Value self)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "<traceback object at %p>", (void *)val_as_obj(self));
    return strbuf_finish(t, &b);
}

static Value tb_get_next(Thread *t, Value self)
{
    (void)t;
    TracebackObj *tb = (TracebackObj *)val_as_obj(self);
    return tb->next ? val_from_obj(tb->next) : VAL_NONE;
}

static Value tb_get_lineno(Thread *t, Value self)
{
    (void)t;
    return val_from_small(((TracebackObj *)val_as_obj(self))->line);
}

static Value tb_get_code(Thread *t, Value self)
{
    (void)t;
    return ((TracebackObj *)val_as_obj(self))->code;
}

/* A snapshot of the frame as it was at the entry's line (aster keeps no
 * frame alive in a traceback; f_globals is None). */
static Value tb_get_frame(Thread *t, Value self)
{
    TracebackObj *tb = (TracebackObj *)val_as_obj(self);
    return frameinfo_new(t, tb->code, tb->line, VAL_NONE);
}

static const GetSetDef traceback_getset[] = {
    {"tb_next", tb_get_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_code", tb_get_code, NULL},
    {"tb_frame", tb_get_frame, NULL},
    {NULL, NULL, NULL},
};

TypeObj TracebackType = {
    .base = { .type = &TypeType },
    .name = "traceback",
    .base_type = &ObjectType,
    .flags = TYPE_ABSTRACT_NEW,
    .instance_size = sizeof(TracebackObj),
    .trace = traceback_trace,
    .repr = traceback_repr,
    .getset = traceback_getset,
};

/* The types whose instances behave differently from BaseException. */
typedef enum {
    KIND_BASE, KIND_STOP, KIND_EXIT, KIND_OS, KIND_SYNTAX, KIND_IMPORT,
    KIND_NAME, KIND_ATTR, KIND_KEY, KIND_DECODE, KIND_ENCODE, KIND_GROUP
} ExcKind;

static ExcKind kind_of_type(const TypeObj *tp)
{
    if (tp == &StopIterationType || tp == &StopAsyncIterationType) return KIND_STOP;
    if (tp == &SystemExitType) return KIND_EXIT;
    if (tp == &OSErrorType) return KIND_OS;
    if (tp == &SyntaxErrorType) return KIND_SYNTAX;
    if (tp == &ImportErrorType) return KIND_IMPORT;
    if (tp == &NameErrorType) return KIND_NAME;
    if (tp == &AttributeErrorType) return KIND_ATTR;
    if (tp == &KeyErrorType) return KIND_KEY;
    if (tp == &UnicodeDecodeErrorType) return KIND_DECODE;
    if (tp == &UnicodeEncodeErrorType) return KIND_ENCODE;
    if (tp == &BaseExceptionGroupType) return KIND_GROUP;
    return KIND_BASE;
}

static ExcKind exc_kind(const TypeObj *tp)
{
    if (tp->mro) {
        for (size_t i = 0; i < tp->mro->len; i++) {
            ExcKind k = kind_of_type((TypeObj *)val_as_obj(tp->mro->items[i]));
            if (k != KIND_BASE) return k;
        }
        return KIND_BASE;
    }
    for (; tp; tp = tp->base_type) {
        ExcKind k = kind_of_type(tp);
        if (k != KIND_BASE) return k;
    }
    return KIND_BASE;
}

/* ------------------------------------------------------------------ */
/* Attributes kept in the instance dict                                */

static Value dict_attr(Thread *t, Value self, const char *name)
{
    DictObj *d = EXC(self)->dict;
    if (!d) return VAL_NONE;
    StrObj *key = str_intern(t, name);
    if (!key) return VAL_ERROR;
    Value v = dict_get_str(d, key);
    return v == VAL_UNBOUND ? VAL_NONE : v;
}

static int set_dict_attr(Thread *t, Value self, const char *name, Value value)
{
    ExcObj *e = EXC(self);
    if (!e->dict) {
        Value d = dict_new(t);
        if (d == VAL_ERROR) return -1;
        e->dict = DICT(d);
    }
    StrObj *key = str_intern(t, name);
    if (!key) return -1;
    if (value == VAL_UNBOUND) {
        Value k = val_from_obj(key);
        return dict_del(t, e->dict, k) < 0 ? -1 : 0;
    }
    return dict_set_str(t, e->dict, key, value);
}

#define DICT_ATTR(id, text) \
    static Value get_##id(Thread *t, Value self) { return dict_attr(t, self, text); } \
    static int set_##id(Thread *t, Value self, Value v) { return set_dict_attr(t, self, text, v); }
DICT_ATTR(os_errno, "errno")
DICT_ATTR(strerror, "strerror")
DICT_ATTR(filename, "filename")
DICT_ATTR(filename2, "filename2")
DICT_ATTR(msg, "msg")
DICT_ATTR(lineno, "lineno")
DICT_ATTR(offset, "offset")
DICT_ATTR(text, "text")
DICT_ATTR(end_lineno, "end_lineno")
DICT_ATTR(end_offset, "end_offset")
DICT_ATTR(print_file_and_line, "print_file_and_line")
DICT_ATTR(name, "name")
DICT_ATTR(path, "path")
DICT_ATTR(obj, "obj")
DICT_ATTR(encoding, "encoding")
DICT_ATTR(object, "object")
DICT_ATTR(start, "start")
DICT_ATTR(end, "end")
DICT_ATTR(reason, "reason")
#undef DICT_ATTR
#define GS(id, text) {text, get_##id, set_##id}

/* ------------------------------------------------------------------ */
/* Creation                                                            */

static TypeObj *oserror_subtype(int64_t err)
{
    switch (err) {
    case ENOENT: return &FileNotFoundErrorType;
    case EEXIST: return &FileExistsErrorType;
    case EACCES: case EPERM: return &PermissionErrorType;
    case EISDIR: return &IsADirectoryErrorType;
    case ENOTDIR: return &NotADirectoryErrorType;
    case ETIMEDOUT: return &TimeoutErrorType;
    case EAGAIN: case EALREADY: case EINPROGRESS: return &BlockingIOErrorType;
    case ECHILD: return &ChildProcessErrorType;
    case EINTR: return &InterruptedErrorType;
    case ESRCH: return &ProcessLookupErrorType;
    case ECONNABORTED: return &ConnectionAbortedErrorType;
    case EPIPE: case ESHUTDOWN: return &BrokenPipeErrorType;
    case ECONNRESET: return &ConnectionResetErrorType;
    case ECONNREFUSED: return &ConnectionRefusedErrorType;
    default: return &OSErrorType;
    }
}

/* The fields derived from args alone (set by both __new__ and __init__,
 * so a subclass whose __init__ skips super().__init__ still has them). */
static void set_value_from_args(ExcObj *e, ExcKind kind)
{
    TupleObj *a = e->args;
    size_t n = a ? a->len : 0;
    if (kind == KIND_STOP) e->value = n ? a->items[0] : VAL_NONE;
    else if (kind == KIND_EXIT) e->value = n == 0 ? VAL_NONE : n == 1 ? a->items[0] : val_from_obj(a);
}

/* A new instance of cls with args as its args and no other state. */
static Value alloc_exc(Thread *t, TypeObj *cls, Value *args, int nargs)
{
    Value tup = nargs ? tuple_from_array(t, args, (size_t)nargs) : tuple_empty(t);
    if (tup == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, tup);
    ExcObj *e = gc_alloc(t, cls, cls->instance_size);
    gc_pop_roots(t, 1);
    if (!e) return VAL_ERROR;
    e->args = TUPLE(tup);
    e->cause = e->context = e->value = VAL_NONE;
    return val_from_obj(e);
}

/* Python's PySequence_Check: indexable, and not a mapping. */
static bool is_sequence(Value v)
{
    TypeObj *tp = val_type(v);
    return tp->getitem && !type_is_subtype(tp, &DictType);
}

/* BaseExceptionGroup.__new__(cls, message, exceptions).  Checks the
 * arguments as CPython does and settles the class: BaseExceptionGroup
 * itself gives an ExceptionGroup when every member is an Exception, and a
 * class that is an Exception may not hold a BaseException.  Keywords are
 * left to __init__, which refuses them. */
static Value group_new(Thread *t, TypeObj *cls, Value *args, int nargs)
{
    if (nargs != 2)
        return exc_raise(t, &TypeErrorType,
                         "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", nargs);
    if (!str_check(args[0]))
        return exc_raise(t, &TypeErrorType,
                         "BaseExceptionGroup.__new__() argument 1 must be str, not %T", args[0]);
    if (!is_sequence(args[1]))
        return exc_raise(t, &TypeErrorType, "second argument (exceptions) must be a sequence");
    Value excs = tuple_from_iterable(t, args[1]);
    if (excs == VAL_ERROR) return VAL_ERROR;
    TupleObj *members = TUPLE(excs);
    if (members->len == 0)
        return exc_raise(t, &ValueErrorType,
                         "second argument (exceptions) must be a non-empty sequence");
    bool holds_base = false;
    for (size_t i = 0; i < members->len; i++) {
        if (!exc_check(members->items[i]))
            return exc_raise(t, &ValueErrorType,
                             "Item %zu of second argument (exceptions) is not an exception", i);
        holds_base |= !val_isinstance(members->items[i], &ExceptionType);
    }
    if (cls == &BaseExceptionGroupType && !holds_base)
        cls = &ExceptionGroupType;
    else if (holds_base && cls == &ExceptionGroupType)
        return exc_raise(t, &TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup");
    else if (holds_base && type_is_subtype(cls, &ExceptionType))
        return exc_raise(t, &TypeErrorType, "Cannot nest BaseExceptions in '%s'", type_name(cls));
    gc_push_root(t, excs);
    Value parts = tuple_pack(t, 2, args[0], excs);
    gc_pop_roots(t, 1);
    if (parts == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, parts);
    Value e = alloc_exc(t, cls, args, nargs);
    gc_pop_roots(t, 1);
    if (e == VAL_ERROR) return VAL_ERROR;
    EXC(e)->value = parts;
    return e;
}

Value exc_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)kwnames;              /* __init__ checks keywords */
    ExcKind kind = exc_kind(cls);
    if (kind == KIND_GROUP) return group_new(t, cls, args, nargs);
    if (cls == &OSErrorType && nargs >= 2 && val_is_int(args[0]))
        cls = oserror_subtype(val_as_int(args[0]));
    Value e = alloc_exc(t, cls, args, nargs);
    if (e != VAL_ERROR) set_value_from_args(EXC(e), kind);
    return e;
}

static Value set_args(Thread *t, Value self, Value *args, int nargs)
{
    Value tup = nargs ? tuple_from_array(t, args, (size_t)nargs) : tuple_empty(t);
    if (tup == VAL_ERROR) return VAL_ERROR;
    EXC(self)->args = TUPLE(tup);
    return VAL_NONE;
}

/* Keyword arguments of ImportError, NameError and AttributeError: each
 * name in `allowed` (comma-separated) is stored as a dict attribute. */
static int store_keywords(Thread *t, Value self, Value *kwvals, TupleObj *kwnames,
                          const char *allowed)
{
    if (!kwnames) return 0;
    const char *tname = type_name(val_type(self));
    for (size_t i = 0; i < kwnames->len; i++) {
        StrObj *k = STR(kwnames->items[i]);
        const char *p = allowed;
        bool ok = false;
        while (*p) {
            const char *q = strchr(p, ',');
            size_t n = q ? (size_t)(q - p) : strlen(p);
            if (k->len == n && memcmp(k->data, p, n) == 0) { ok = true; break; }
            p += n + (q ? 1 : 0);
        }
        if (!allowed[0]) {
            exc_raise(t, &TypeErrorType, "%s() takes no keyword arguments", tname);
            return -1;
        }
        if (!ok) {
            exc_raise(t, &TypeErrorType, "'%U' is an invalid keyword argument for %s()", k, tname);
            return -1;
        }
        if (set_dict_attr(t, self, k->data, kwvals[i]) < 0) return -1;
    }
    return 0;
}

static Value oserror_init(Thread *t, Value self, Value *args, int nargs)
{
    if (nargs < 2 || nargs > 5) return VAL_NONE;
    if (set_dict_attr(t, self, "errno", args[0]) < 0) return VAL_ERROR;
    if (set_dict_attr(t, self, "strerror", args[1]) < 0) return VAL_ERROR;
    if (nargs >= 3 && args[2] != VAL_NONE) {
        if (set_dict_attr(t, self, "filename", args[2]) < 0) return VAL_ERROR;
        if (nargs == 5 && set_dict_attr(t, self, "filename2", args[4]) < 0) return VAL_ERROR;
        /* With a filename, args keeps only (errno, strerror). */
        return set_args(t, self, args, 2);
    }
    return VAL_NONE;
}

static Value syntaxerror_init(Thread *t, Value self, Value *args, int nargs)
{
    static const char *const fields[] = {
        "filename", "lineno", "offset", "text", "end_lineno", "end_offset"
    };
    if (nargs >= 1 && set_dict_attr(t, self, "msg", args[0]) < 0) return VAL_ERROR;
    if (nargs != 2) return VAL_NONE;
    Value info = args[1];
    if (!tuple_check(info))
        return exc_raise(t, &TypeErrorType, "argument 2 of %s() must be a tuple, not %T",
                         type_name(val_type(self)), info);
    size_t n = TUPLE(info)->len;
    if (n != 4 && n != 6)
        return exc_raise(t, &IndexErrorType, "tuple index out of range");
    for (size_t i = 0; i < n; i++)
        if (set_dict_attr(t, self, fields[i], TUPLE(info)->items[i]) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value unicode_error_init(Thread *t, Value self, Value *args, int nargs, bool decode)
{
    static const char *const fields[] = { "encoding", "object", "start", "end", "reason" };
    if (nargs != 5) return VAL_NONE;
    if (!str_check(args[0]))
        return exc_raise(t, &TypeErrorType, "argument 1 must be str, not %T", args[0]);
    if (!int_check(args[2]) || !int_check(args[3]))
        return exc_raise(t, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                         type_name(val_type(int_check(args[2]) ? args[3] : args[2])));
    if (decode ? !val_isinstance(args[1], &BytesType) : !str_check(args[1]))
        return exc_raise(t, &TypeErrorType, "argument 2 must be %s, not %T",
                         decode ? "bytes-like object" : "str", args[1]);
    for (int i = 0; i < 5; i++)
        if (set_dict_attr(t, self, fields[i], args[i]) < 0) return VAL_ERROR;
    return VAL_NONE;
}

Value exc_init_slot(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames)
{
    ExcKind kind = exc_kind(val_type(self));
    Value *kwvals = args ? args + nargs : NULL;   /* no arguments: args may be NULL */
    const char *kw = kind == KIND_IMPORT ? "name,path" : kind == KIND_NAME ? "name"
                   : kind == KIND_ATTR ? "name,obj" : "";
    if (store_keywords(t, self, kwvals, kwnames, kw) < 0) return VAL_ERROR;
    if (set_args(t, self, args, nargs) == VAL_ERROR) return VAL_ERROR;
    ExcObj *e = EXC(self);
    set_value_from_args(e, kind);
    switch (kind) {
    case KIND_OS: return oserror_init(t, self, args, nargs);
    case KIND_SYNTAX: return syntaxerror_init(t, self, args, nargs);
    case KIND_IMPORT:
        if (nargs == 1 && set_dict_attr(t, self, "msg", args[0]) < 0) return VAL_ERROR;
        return VAL_NONE;
    case KIND_DECODE: return unicode_error_init(t, self, args, nargs, true);
    case KIND_ENCODE: return unicode_error_init(t, self, args, nargs, false);
    default: return VAL_NONE;
    }
}

Value exc_new(Thread *t, TypeObj *type, Value *args, int nargs)
{
    if (type->flags & TYPE_HEAPTYPE) {
        Value r = op_call(t, val_from_obj(type), args, nargs, NULL);
        if (r != VAL_ERROR && !exc_check(r))
            return exc_raise(t, &TypeErrorType,
                             "calling %R should have returned an instance of BaseException, not %T",
                             val_from_obj(type), r);
        return r;
    }
    Value e = type->new_(t, type, args, nargs, NULL);
    if (e == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, e);
    Value r = type->init(t, e, args, nargs, NULL);
    gc_pop_roots(t, 1);
    return r == VAL_ERROR ? VAL_ERROR : e;
}

/* ------------------------------------------------------------------ */
/* repr and str                                                        */

Value exc_repr_slot(Thread *t, Value self)
{
    TupleObj *a = EXC(self)->args;
    Value inner;
    if (a && a->len == 1) inner = op_repr(t, a->items[0]);
    else inner = op_repr(t, a ? val_from_obj(a) : tuple_empty(t));
    if (inner == VAL_ERROR) return VAL_ERROR;
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, type_name(val_type(self)));
    if (a && a->len == 1) strbuf_putc(&b, '(');
    strbuf_put_str(&b, inner);
    if (a && a->len == 1) strbuf_putc(&b, ')');
    return strbuf_finish(t, &b);
}

static Value base_str(Thread *t, Value self)
{
    TupleObj *a = EXC(self)->args;
    if (!a || a->len == 0) return val_from_obj(NAME(t, empty));
    if (a->len == 1) return op_str(t, a->items[0]);
    return op_str(t, val_from_obj(a));
}

/* Formats with exc_raise's conversions into a new str (defined below). */
static Value format_str(Thread *t, const char *fmt, ...);

static Value oserror_str(Thread *t, Value self)
{
    uint32_t mark = gc_root_mark(t);
    Value r = VAL_ERROR;
    Value err = get_os_errno(t, self), serr, fn, fn2;
    if (err == VAL_ERROR) goto done;
    gc_push_root(t, err);
    if ((serr = get_strerror(t, self)) == VAL_ERROR) goto done;
    gc_push_root(t, serr);
    if ((fn = get_filename(t, self)) == VAL_ERROR) goto done;
    gc_push_root(t, fn);
    if ((fn2 = get_filename2(t, self)) == VAL_ERROR) goto done;
    gc_push_root(t, fn2);
    if (fn != VAL_NONE) {
        if (fn2 != VAL_NONE)
            r = format_str(t, "[Errno %S] %S: %R -> %R", err, serr, fn, fn2);
        else
            r = format_str(t, "[Errno %S] %S: %R", err, serr, fn);
    } else if (err != VAL_NONE && serr != VAL_NONE) {
        r = format_str(t, "[Errno %S] %S", err, serr);
    } else {
        r = base_str(t, self);
    }
done:
    gc_root_reset(t, mark);
    return r;
}

static const char *path_basename(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

static Value syntaxerror_str(Thread *t, Value self)
{
    Value msg = get_msg(t, self);
    if (msg == VAL_ERROR) return VAL_ERROR;
    if (msg == VAL_NONE) return base_str(t, self);
    gc_push_root(t, msg);
    Value fn = get_filename(t, self);
    Value ln = fn == VAL_ERROR ? VAL_ERROR : get_lineno(t, self);
    Value r;
    if (ln == VAL_ERROR) r = VAL_ERROR;
    else if (str_check(fn) && int_check(ln))
        r = format_str(t, "%S (%s, line %S)", msg, path_basename(str_cstr(fn)), ln);
    else if (str_check(fn))
        r = format_str(t, "%S (%s)", msg, path_basename(str_cstr(fn)));
    else if (int_check(ln))
        r = format_str(t, "%S (line %S)", msg, ln);
    else
        r = op_str(t, msg);
    gc_pop_roots(t, 1);
    return r;
}

/* The five UnicodeError fields, when __init__ stored them. */
static bool unicode_fields(Thread *t, Value self, Value *f)
{
    static const char *const names[] = { "encoding", "object", "start", "end", "reason" };
    for (int i = 0; i < 5; i++) {
        f[i] = dict_attr(t, self, names[i]);
        if (f[i] == VAL_ERROR) { exc_clear(t); return false; }
    }
    return str_check(f[0]) && val_is_int(f[2]) && val_is_int(f[3]) && str_check(f[4]);
}

static Value unicode_error_str(Thread *t, Value self, bool decode)
{
    Value f[5];
    if (!unicode_fields(t, self, f)) return base_str(t, self);
    int64_t start = val_as_int(f[2]), end = val_as_int(f[3]);
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "'%s' codec can't %s ", str_cstr(f[0]), decode ? "decode" : "encode");
    if (decode && val_isinstance(f[1], &BytesType) && end == start + 1 && start >= 0
        && (size_t)start < ((BytesObj *)val_as_obj(f[1]))->len) {
        strbuf_printf(&b, "byte 0x%02x", ((BytesObj *)val_as_obj(f[1]))->data[start]);
    } else if (!decode && str_check(f[1]) && end == start + 1 && start >= 0
               && (size_t)start < STR(f[1])->nchars) {
        StrObj *s = STR(f[1]);
        const char *p = s->data + str_offset(s, (size_t)start);
        uint32_t cp = utf8_next(&p);
        if (cp < 0x100) strbuf_printf(&b, "character '\\x%02x'", (unsigned)cp);
        else if (cp < 0x10000) strbuf_printf(&b, "character '\\u%04x'", (unsigned)cp);
        else strbuf_printf(&b, "character '\\U%08x'", (unsigned)cp);
    } else {
        strbuf_printf(&b, "%s in position %lld-%lld", decode ? "bytes" : "characters",
                      (long long)start, (long long)(end - 1));
        strbuf_printf(&b, ": %s", str_cstr(f[4]));
        return strbuf_finish(t, &b);
    }
    strbuf_printf(&b, " in position %lld: %s", (long long)start, str_cstr(f[4]));
    return strbuf_finish(t, &b);
}

/* The message and members that group_new keeps in `value`.  False for
 * an exception that is not a group, or a group made some other way
 * (object.__new__(ExceptionGroup)), which then acts as a plain one. */
static bool group_parts(Value self, Value *message, TupleObj **members)
{
    if (!val_isinstance(self, &BaseExceptionGroupType)) return false;
    Value v = EXC(self)->value;
    if (!val_is_type(v, &TupleType) || TUPLE(v)->len != 2
        || !val_is_type(TUPLE(v)->items[1], &TupleType))
        return false;
    *message = TUPLE(v)->items[0];
    *members = TUPLE(TUPLE(v)->items[1]);
    return true;
}

static Value group_str(Thread *t, Value self)
{
    Value message;
    TupleObj *members;
    if (!group_parts(self, &message, &members)) return base_str(t, self);
    size_t n = members->len;
    return format_str(t, "%S (%zu sub-exception%s)", message, n, n == 1 ? "" : "s");
}

Value exc_str_slot(Thread *t, Value self)
{
    switch (exc_kind(val_type(self))) {
    case KIND_GROUP: return group_str(t, self);
    case KIND_KEY: {
        TupleObj *a = EXC(self)->args;
        if (a && a->len == 1) return op_repr(t, a->items[0]);
        return base_str(t, self);
    }
    case KIND_OS: return oserror_str(t, self);
    case KIND_SYNTAX: return syntaxerror_str(t, self);
    case KIND_DECODE: return unicode_error_str(t, self, true);
    case KIND_ENCODE: return unicode_error_str(t, self, false);
    default: return base_str(t, self);
    }
}

int64_t exc_hash_slot(Thread *t, Value self)
{
    (void)t;
    return (int64_t)((uintptr_t)val_as_obj(self) >> 4);
}

void exc_trace(GC *gc, Obj *o)
{
    ExcObj *e = (ExcObj *)o;
    gc_mark_obj(gc, (Obj *)e->dict);
    gc_mark_obj(gc, (Obj *)e->args);
    gc_mark_obj(gc, (Obj *)e->traceback);
    gc_mark_value(gc, e->cause);
    gc_mark_value(gc, e->context);
    gc_mark_value(gc, e->value);
}

/* ------------------------------------------------------------------ */
/* Attributes and methods                                              */

static Value get_args(Thread *t, Value self)
{
    TupleObj *a = EXC(self)->args;
    return a ? val_from_obj(a) : tuple_empty(t);
}

static int set_args_attr(Thread *t, Value self, Value v)
{
    if (v == VAL_UNBOUND) {
        exc_raise(t, &TypeErrorType, "args may not be deleted");
        return -1;
    }
    Value tup = tuple_check(v) ? v : tuple_from_iterable(t, v);
    if (tup == VAL_ERROR) return -1;
    EXC(self)->args = TUPLE(tup);
    return 0;
}

static Value get_cause(Thread *t, Value self) { (void)t; return EXC(self)->cause; }
static Value get_context(Thread *t, Value self) { (void)t; return EXC(self)->context; }

static int check_chain_value(Thread *t, Value v, const char *what)
{
    if (v == VAL_UNBOUND) {
        exc_raise(t, &TypeErrorType, "%s may not be deleted", what);
        return -1;
    }
    if (v != VAL_NONE && !exc_check(v)) {
        exc_raise(t, &TypeErrorType, "exception %s must be None or derive from BaseException",
                  what + 2);
        return -1;
    }
    return 0;
}

static int set_cause(Thread *t, Value self, Value v)
{
    if (check_chain_value(t, v, "__cause__") < 0) return -1;
    EXC(self)->cause = v;
    EXC(self)->suppress_context = true;
    return 0;
}

static int set_context(Thread *t, Value self, Value v)
{
    if (check_chain_value(t, v, "__context__") < 0) return -1;
    EXC(self)->context = v;
    return 0;
}

static Value get_suppress(Thread *t, Value self)
{
    (void)t;
    return val_from_bool(EXC(self)->suppress_context);
}

static int set_suppress(Thread *t, Value self, Value v)
{
    if (v == VAL_UNBOUND) {
        exc_raise(t, &TypeErrorType, "__suppress_context__ may not be deleted");
        return -1;
    }
    int b = op_truth(t, v);
    if (b < 0) return -1;
    EXC(self)->suppress_context = b;
    return 0;
}

static Value get_traceback(Thread *t, Value self)
{
    (void)t;
    TracebackObj *tb = EXC(self)->traceback;
    return tb ? val_from_obj(tb) : VAL_NONE;
}

static int set_traceback(Thread *t, Value self, Value v)
{
    if (v == VAL_UNBOUND) {
        exc_raise(t, &TypeErrorType, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != VAL_NONE && !val_is_type(v, &TracebackType)) {
        exc_raise(t, &TypeErrorType, "__traceback__ must be a traceback or None");
        return -1;
    }
    EXC(self)->traceback = v == VAL_NONE ? NULL : (TracebackObj *)val_as_obj(v);
    return 0;
}

static Value get_value(Thread *t, Value self) { (void)t; return EXC(self)->value; }

static int set_value(Thread *t, Value self, Value v)
{
    (void)t;
    EXC(self)->value = v == VAL_UNBOUND ? VAL_NONE : v;
    return 0;
}

static Value m_with_traceback(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "with_traceback", kwnames) < 0) return VAL_ERROR;
    if (arg_count(t, "BaseException.with_traceback", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (set_traceback(t, args[0], args[1]) < 0) return VAL_ERROR;
    return args[0];
}

static Value m_add_note(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "add_note", kwnames) < 0) return VAL_ERROR;
    if (arg_count(t, "BaseException.add_note", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (!str_check(args[1]))
        return exc_raise(t, &TypeErrorType, "note must be a str, not '%s'",
                         type_name(val_type(args[1])));
    Value notes = dict_attr(t, args[0], "__notes__");
    if (notes == VAL_ERROR) return VAL_ERROR;
    if (notes == VAL_NONE) {
        notes = list_new(t, 1);
        if (notes == VAL_ERROR) return VAL_ERROR;
        gc_push_root(t, notes);
        int r = set_dict_attr(t, args[0], "__notes__", notes);
        gc_pop_roots(t, 1);
        if (r < 0) return VAL_ERROR;
    } else if (!list_check(notes)) {
        return exc_raise(t, &TypeErrorType, "Cannot add note: __notes__ is not a list");
    }
    if (list_append(t, notes, args[1]) < 0) return VAL_ERROR;
    return VAL_NONE;
}

/* ------------------------------------------------------------------ */
/* Exception groups: message, exceptions, derive, split, subgroup      */

static Value get_message(Thread *t, Value self)
{
    (void)t;
    Value message;
    TupleObj *members;
    return group_parts(self, &message, &members) ? message : VAL_NONE;
}

static Value get_exceptions(Thread *t, Value self)
{
    Value message;
    TupleObj *members;
    return group_parts(self, &message, &members) ? val_from_obj(members) : tuple_empty(t);
}

static int set_readonly(Thread *t, Value self, Value v)
{
    (void)self;
    (void)v;
    exc_raise(t, &AttributeErrorType, "readonly attribute");
    return -1;
}

/* derive(excs): BaseExceptionGroup(self.message, excs).  split and
 * subgroup make their parts with it, so a subclass that overrides it
 * gets parts of its own class. */
static Value m_derive(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "BaseExceptionGroup.derive", kwnames) < 0) return VAL_ERROR;
    if (nargs != 2)
        return exc_raise(t, &TypeErrorType, "function takes exactly 1 argument (%d given)",
                         nargs - 1);
    Value pair[2] = { get_message(t, args[0]), args[1] };
    return exc_new(t, &BaseExceptionGroupType, pair, 2);
}

/* What split and subgroup select: the exceptions that are instances of
 * a type or of a tuple of types, or those a predicate is true for. */
typedef struct {
    Value cond;
    bool predicate;
    bool want_rest;             /* split builds the rest, subgroup does not */
} Selector;

static bool is_exception_type(Value v)
{
    return val_isinstance(v, &TypeType)
           && type_is_subtype((TypeObj *)val_as_obj(v), &BaseExceptionType);
}

static int selector_init(Thread *t, Selector *s, Value cond, bool want_rest)
{
    s->cond = cond;
    s->want_rest = want_rest;
    s->predicate = val_type(cond)->call && !val_isinstance(cond, &TypeType);
    bool ok = s->predicate || is_exception_type(cond);
    if (!ok && val_is_type(cond, &TupleType)) {
        ok = true;
        for (size_t i = 0; i < TUPLE(cond)->len; i++)
            ok &= is_exception_type(TUPLE(cond)->items[i]);
    }
    if (ok) return 0;
    exc_raise(t, &TypeErrorType, "expected a function, exception type or tuple of exception types");
    return -1;
}

static int selector_matches(Thread *t, const Selector *s, Value exc)
{
    if (s->predicate) {
        Value r = op_call1(t, s->cond, exc);
        if (r == VAL_ERROR) return -1;
        gc_push_root(t, r);
        int truth = op_truth(t, r);
        gc_pop_roots(t, 1);
        return truth;
    }
    if (!val_is_type(s->cond, &TupleType))
        return val_isinstance(exc, (TypeObj *)val_as_obj(s->cond));
    for (size_t i = 0; i < TUPLE(s->cond)->len; i++)
        if (val_isinstance(exc, (TypeObj *)val_as_obj(TUPLE(s->cond)->items[i]))) return 1;
    return 0;
}

/* orig.derive(members) carrying orig's traceback, cause, context and a
 * copy of its notes, as the parts of a split are; None when members (a
 * list) is empty. */
static Value derive_part(Thread *t, Value orig, Value members)
{
    if (LIST(members)->len == 0) return VAL_NONE;
    StrObj *derive = str_intern(t, "derive");
    StrObj *notes_name = derive ? str_intern(t, "__notes__") : NULL;
    if (!notes_name) return VAL_ERROR;
    Value part = op_call_method(t, orig, derive, &members, 1);
    if (part == VAL_ERROR) return VAL_ERROR;
    if (!val_isinstance(part, &BaseExceptionGroupType))
        return exc_raise(t, &TypeErrorType, "derive must return an instance of BaseExceptionGroup");
    ExcObj *p = EXC(part), *o = EXC(orig);
    if (o->traceback) p->traceback = o->traceback;
    p->context = o->context;
    p->cause = o->cause;
    /* CPython sets the cause through the API that also sets this. */
    p->suppress_context = true;
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, part);
    Value notes = op_getattr_opt(t, orig, notes_name);
    if (notes != VAL_ERROR && notes != VAL_UNBOUND && is_sequence(notes)) {
        gc_push_root(t, notes);
        Value copy = list_from_iterable(t, notes);
        gc_push_root(t, copy);
        if (copy == VAL_ERROR || op_setattr(t, part, notes_name, copy) < 0) notes = VAL_ERROR;
    }
    gc_root_reset(t, mark);
    return notes == VAL_ERROR ? VAL_ERROR : part;
}

/* Splits exc into what the selector picks (*match) and, for split, the
 * rest (*rest); an empty part is None.  A group that is not picked as a
 * whole is split member by member, and each non-empty part is rebuilt
 * with derive_part. */
static int split_rec(Thread *t, const Selector *s, Value exc, Value *match, Value *rest)
{
    *match = *rest = VAL_NONE;
    int picked = selector_matches(t, s, exc);
    if (picked < 0) return -1;
    Value message;
    TupleObj *members;
    if (picked) {
        *match = exc;
        return 0;
    }
    if (!group_parts(exc, &message, &members)) {
        if (s->want_rest) *rest = exc;
        return 0;
    }
    if (vm_enter_c(t) < 0) return -1;
    uint32_t mark = gc_root_mark(t);
    int r = -1;
    Value matches, rests, part_match, part_rest;
    if ((matches = list_new(t, 0)) == VAL_ERROR) goto done;
    gc_push_root(t, matches);
    if ((rests = list_new(t, 0)) == VAL_ERROR) goto done;
    gc_push_root(t, rests);
    for (size_t i = 0; i < members->len; i++) {
        Value m, rs;
        if (split_rec(t, s, members->items[i], &m, &rs) < 0) goto done;
        if (m != VAL_NONE && list_append(t, matches, m) < 0) goto done;
        if (rs != VAL_NONE && list_append(t, rests, rs) < 0) goto done;
    }
    if ((part_match = derive_part(t, exc, matches)) == VAL_ERROR) goto done;
    gc_push_root(t, part_match);
    if ((part_rest = derive_part(t, exc, rests)) == VAL_ERROR) goto done;
    *match = part_match;
    *rest = part_rest;
    r = 0;
done:
    gc_root_reset(t, mark);
    vm_leave_c(t);
    return r;
}

static Value m_split(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "BaseExceptionGroup.split", kwnames) < 0) return VAL_ERROR;
    if (arg_count_expected(t, "split", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    Selector s;
    Value match, rest;
    if (selector_init(t, &s, args[1], true) < 0) return VAL_ERROR;
    if (split_rec(t, &s, args[0], &match, &rest) < 0) return VAL_ERROR;
    gc_push_root(t, match);
    gc_push_root(t, rest);
    Value r = tuple_pack(t, 2, match, rest);
    gc_pop_roots(t, 2);
    return r;
}

static Value m_subgroup(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "BaseExceptionGroup.subgroup", kwnames) < 0) return VAL_ERROR;
    if (arg_count_expected(t, "subgroup", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    Selector s;
    Value match, rest;
    if (selector_init(t, &s, args[1], false) < 0) return VAL_ERROR;
    if (split_rec(t, &s, args[0], &match, &rest) < 0) return VAL_ERROR;
    return match;
}

static const MethodDef group_methods[] = {
    {"derive", m_derive, 0},
    {"split", m_split, 0},
    {"subgroup", m_subgroup, 0},
    {NULL, NULL, 0},
};

static const GetSetDef group_getset[] = {
    {"message", get_message, set_readonly},
    {"exceptions", get_exceptions, set_readonly},
    {NULL, NULL, NULL},
};

static const MethodDef base_methods[] = {
    {"with_traceback", m_with_traceback, 0},
    {"add_note", m_add_note, 0},
    {NULL, NULL, 0},
};

static const GetSetDef base_getset[] = {
    {"args", get_args, set_args_attr},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, set_suppress},
    {"__traceback__", get_traceback, set_traceback},
    {NULL, NULL, NULL},
};

static const GetSetDef stop_getset[] = {
    {"value", get_value, set_value},
    {NULL, NULL, NULL},
};

static const GetSetDef exit_getset[] = {
    {"code", get_value, set_value},
    {NULL, NULL, NULL},
};

static const GetSetDef os_getset[] = {
    GS(os_errno, "errno"), GS(strerror, "strerror"), GS(filename, "filename"),
    GS(filename2, "filename2"), {NULL, NULL, NULL},
};

static const GetSetDef syntax_getset[] = {
    GS(msg, "msg"), GS(filename, "filename"), GS(lineno, "lineno"), GS(offset, "offset"),
    GS(text, "text"), GS(end_lineno, "end_lineno"), GS(end_offset, "end_offset"),
    GS(print_file_and_line, "print_file_and_line"), {NULL, NULL, NULL},
};

static const GetSetDef import_getset[] = {
    GS(msg, "msg"), GS(name, "name"), GS(path, "path"), {NULL, NULL, NULL},
};

static const GetSetDef name_getset[] = {
    GS(name, "name"), {NULL, NULL, NULL},
};

static const GetSetDef attr_getset[] = {
    GS(name, "name"), GS(obj, "obj"), {NULL, NULL, NULL},
};

static const GetSetDef unicode_getset[] = {
    GS(encoding, "encoding"), GS(object, "object"), GS(start, "start"), GS(end, "end"),
    GS(reason, "reason"), {NULL, NULL, NULL},
};

/* The generated types share their slots.  The few with attribute tables
 * of their own name them in EXC_TABLES_<type> as "~, (initialisers)";
 * EXC_TABLES(c) expands to those initialisers, or to nothing when no
 * such macro exists (the name then stays one token, and the second
 * argument picked is the empty "()"). */
#define EXC_TABLES_BaseException ~, (.methods = base_methods, .getset = base_getset)
#define EXC_TABLES_StopIteration ~, (.getset = stop_getset)
#define EXC_TABLES_StopAsyncIteration ~, (.getset = stop_getset)
#define EXC_TABLES_SystemExit ~, (.getset = exit_getset)
#define EXC_TABLES_OSError ~, (.getset = os_getset)
#define EXC_TABLES_SyntaxError ~, (.getset = syntax_getset)
#define EXC_TABLES_ImportError ~, (.getset = import_getset)
#define EXC_TABLES_NameError ~, (.getset = name_getset)
#define EXC_TABLES_AttributeError ~, (.getset = attr_getset)
#define EXC_TABLES_UnicodeDecodeError ~, (.getset = unicode_getset)
#define EXC_TABLES_UnicodeEncodeError ~, (.getset = unicode_getset)
#define EXC_TABLES_BaseExceptionGroup ~, (.methods = group_methods, .getset = group_getset)
#define EXC_SECOND_(a, b, ...) b
#define EXC_SECOND(...) EXC_SECOND_(__VA_ARGS__)
#define EXC_UNPAREN(...) __VA_ARGS__
#define EXC_EXPAND(x) x
#define EXC_TABLES(c) EXC_EXPAND(EXC_UNPAREN EXC_SECOND(EXC_TABLES_##c, (), ~))

#define X(c, py, b) \
    TypeObj c##Type = { .base = { .type = &TypeType }, EXC_TYPE_INIT(py, &b##Type), EXC_TABLES(c) };
EXC_LIST(X)
#undef X

int exc_init_types(Thread *t)
{
#define X(c, py, b) if (type_init(t, &c##Type) < 0) return -1;
    EXC_LIST(X)
#undef X
    if (type_init(t, &TracebackType) < 0) return -1;
    TypeObj *eg = &ExceptionGroupType;
    if (eg->bases->len == 2) return 0;
    Value bases = tuple_pack(t, 2, val_from_obj(&BaseExceptionGroupType), val_from_obj(&ExceptionType));
    if (bases == VAL_ERROR) return -1;
    eg->bases = TUPLE(bases);
    Value mro = tuple_pack(t, 5, val_from_obj(eg), val_from_obj(&BaseExceptionGroupType),
                           val_from_obj(&ExceptionType), val_from_obj(&BaseExceptionType),
                           val_from_obj(&ObjectType));
    if (mro == VAL_ERROR) return -1;
    eg->mro = TUPLE(mro);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Formatting with %R %S %T %U                                         */

/* Appends fmt formatted to b.  Returns false with an exception set if a
 * repr() or str() failed. */
static bool format_into(Thread *t, StrBuf *b, const char *fmt, va_list ap)
{
    const char *p = fmt;
    while (*p) {
        const char *pct = strchr(p, '%');
        if (!pct) { strbuf_puts(b, p); break; }
        strbuf_append(b, p, (size_t)(pct - p));
        p = pct + 1;
        /* Collect one conversion spec into spec[] for vsnprintf. */
        char spec[32];
        size_t n = 0;
        spec[n++] = '%';
        while (*p && strchr("-+ #0", *p) && n < 8) spec[n++] = *p++;
        for (int part = 0; part < 2; part++) {
            if (part == 1) {
                if (*p != '.') break;
                spec[n++] = *p++;
            }
            if (*p == '*') {
                n += (size_t)snprintf(spec + n, sizeof spec - n, "%d", va_arg(ap, int));
                p++;
            } else {
                while (*p >= '0' && *p <= '9' && n < 24) spec[n++] = *p++;
            }
        }
        int longs = 0;
        char size = 0;
        while (*p == 'l' || *p == 'h' || *p == 'z' || *p == 'j' || *p == 't' || *p == 'L') {
            if (*p == 'l') longs++;
            else size = *p;
            if (n < 28) spec[n++] = *p;
            p++;
        }
        char conv = *p ? *p++ : 0;
        spec[n++] = conv;
        spec[n] = 0;
        switch (conv) {
        case 'R': case 'S': {
            Value v = va_arg(ap, Value);
            Value s = conv == 'R' ? op_repr(t, v) : op_str(t, v);
            if (s == VAL_ERROR) return false;
            strbuf_put_str(b, s);
            break;
        }
        case 'T':
            strbuf_puts(b, type_name(val_type(va_arg(ap, Value))));
            break;
        case 'U': {
            StrObj *s = va_arg(ap, StrObj *);
            strbuf_append(b, s->data, s->len);
            break;
        }
        case '%':
            strbuf_putc(b, '%');
            break;
        case 'd': case 'i':
            if (size == 'z' || size == 't') strbuf_printf(b, spec, va_arg(ap, ptrdiff_t));
            else if (size == 'j') strbuf_printf(b, spec, va_arg(ap, intmax_t));
            else if (longs >= 2) strbuf_printf(b, spec, va_arg(ap, long long));
            else if (longs == 1) strbuf_printf(b, spec, va_arg(ap, long));
            else strbuf_printf(b, spec, va_arg(ap, int));
            break;
        case 'u': case 'x': case 'X': case 'o':
            if (size == 'z' || size == 't') strbuf_printf(b, spec, va_arg(ap, size_t));
            else if (size == 'j') strbuf_printf(b, spec, va_arg(ap, uintmax_t));
            else if (longs >= 2) strbuf_printf(b, spec, va_arg(ap, unsigned long long));
            else if (longs == 1) strbuf_printf(b, spec, va_arg(ap, unsigned long));
            else strbuf_printf(b, spec, va_arg(ap, unsigned));
            break;
        case 'c':
            strbuf_printf(b, spec, va_arg(ap, int));
            break;
        case 's':
            strbuf_printf(b, spec, va_arg(ap, const char *));
            break;
        case 'p':
            strbuf_printf(b, spec, va_arg(ap, void *));
            break;
        case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
            if (size == 'L') strbuf_printf(b, spec, va_arg(ap, long double));
            else strbuf_printf(b, spec, va_arg(ap, double));
            break;
        default:
            /* An unknown conversion is copied as text. */
            strbuf_puts(b, spec);
            if (!conv) return true;
            break;
        }
    }
    return true;
}

static Value format_str(Thread *t, const char *fmt, ...)
{
    StrBuf b;
    strbuf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    bool ok = format_into(t, &b, fmt, ap);
    va_end(ap);
    if (!ok) { strbuf_free(&b); return VAL_ERROR; }
    return strbuf_finish(t, &b);
}

/* ------------------------------------------------------------------ */
/* Raising                                                             */

Value exc_raisev(Thread *t, TypeObj *type, const char *fmt, va_list ap)
{
    StrBuf b;
    strbuf_init(&b);
    if (!format_into(t, &b, fmt, ap)) { strbuf_free(&b); return VAL_ERROR; }
    Value msg = strbuf_finish(t, &b);
    if (msg == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, msg);
    Value e = exc_new(t, type, &msg, 1);
    gc_pop_roots(t, 1);
    if (e == VAL_ERROR) return VAL_ERROR;
    return exc_raise_obj(t, e);
}

Value exc_raise(Thread *t, TypeObj *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value r = exc_raisev(t, type, fmt, ap);
    va_end(ap);
    return r;
}

Value exc_raise_value(Thread *t, TypeObj *type, Value value)
{
    if (value != VAL_UNBOUND && val_isinstance(value, type)) return exc_raise_obj(t, value);
    gc_push_root(t, value);
    Value e = exc_new(t, type, &value, value == VAL_UNBOUND ? 0 : 1);
    gc_pop_roots(t, 1);
    if (e == VAL_ERROR) return VAL_ERROR;
    return exc_raise_obj(t, e);
}

Value exc_handled(Thread *t)
{
    if (exc_check(t->exc_info)) return t->exc_info;
    /* A running generator's exc_info holds only what its own except
     * blocks handle; below it, the exception its resumer was handling
     * is still the current one (CPython's stack of exc_info). */
    for (Frame *f = t->frame; f; f = f->parent)
        if (f->gen && exc_check(f->gen->caller_exc_info)) return f->gen->caller_exc_info;
    return VAL_NONE;
}

Value exc_raise_obj(Thread *t, Value exc)
{
    return exc_raise_chained(t, exc, exc_handled(t));
}

Value exc_raise_chained(Thread *t, Value exc, Value ctx)
{
    if (!exc_check(exc))
        return exc_raise(t, &TypeErrorType, "exceptions must derive from BaseException");
    if (exc_check(ctx) && ctx != exc) {
        /* Cut exc out of ctx's context chain, or the chain would loop. */
        Value o = ctx;
        for (int guard = 0; exc_check(o) && guard < 10000; guard++) {
            if (EXC(o)->context == exc) { EXC(o)->context = VAL_NONE; break; }
            o = EXC(o)->context;
        }
        EXC(exc)->context = ctx;
    }
    t->exc = exc;
    return VAL_ERROR;
}

Value exc_raise_oserror(Thread *t, int err, Value filename)
{
    Value args[3];
    int n = 2;
    args[0] = val_from_small(err);
    args[1] = str_from_cstr(t, strerror(err));
    if (args[1] == VAL_ERROR) return VAL_ERROR;
    if (filename != VAL_UNBOUND) args[n++] = filename;
    gc_push_root(t, args[1]);
    Value e = exc_new(t, &OSErrorType, args, n);
    gc_pop_roots(t, 1);
    if (e == VAL_ERROR) return VAL_ERROR;
    return exc_raise_obj(t, e);
}

Value exc_no_memory(Thread *t)
{
    /* No allocation here: the instance was made at start-up.  Its
     * traceback is reset, since the same object is raised every time. */
    gc_memory_short(t->gc);
    Value e = t->interp->memory_error;
    if (exc_check(e)) {
        EXC(e)->traceback = NULL;
        EXC(e)->context = EXC(e)->cause = VAL_NONE;
        t->exc = e;
    } else {
        t->exc = val_from_obj(&MemoryErrorType);
    }
    return VAL_ERROR;
}

bool exc_matches(Thread *t, TypeObj *type)
{
    Value e = t->exc;
    if (e == VAL_UNBOUND) return false;
    if (e == val_from_obj(&MemoryErrorType)) return type_is_subtype(&MemoryErrorType, type);
    return val_isinstance(e, type);
}

Value exc_fetch(Thread *t)
{
    Value e = t->exc;
    t->exc = VAL_UNBOUND;
    return e;
}

void exc_clear(Thread *t)
{
    t->exc = VAL_UNBOUND;
}

void exc_add_traceback(Thread *t, Value exc, Value code, int line)
{
    if (!exc_check(exc)) return;
    gc_push_root(t, exc);
    gc_push_root(t, code);
    Value saved = t->exc;
    TracebackObj *tb = gc_alloc(t, &TracebackType, sizeof(TracebackObj));
    gc_pop_roots(t, 2);
    if (!tb) {
        /* Losing one entry beats replacing the exception being raised. */
        t->exc = saved;
        return;
    }
    tb->code = code;
    tb->line = line;
    tb->next = EXC(exc)->traceback;
    EXC(exc)->traceback = tb;
}

Value exc_type_error_unsupported(Thread *t, const char *op, Value a, Value b)
{
    return exc_raise(t, &TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'",
                     op, type_name(val_type(a)), type_name(val_type(b)));
}

/* ------------------------------------------------------------------ */
/* "Did you mean" hints                                                */

/* CPython's limits and costs for the hint: an edit distance where a
 * change of case costs 1 and any other edit 2. */
#define HINT_MAX_ITEMS 750
#define HINT_MAX_LEN 40
#define MOVE_COST 2
#define CASE_COST 1

typedef struct {
    uint32_t wrong[HINT_MAX_LEN];
    size_t nwrong;
    StrObj *wrong_obj;
    size_t best;                /* distance to beat */
    StrObj *found;
} Hint;

static size_t decode_name(const StrObj *s, uint32_t *out, size_t max)
{
    const char *p = s->data, *end = s->data + s->len;
    size_t n = 0;
    while (p < end && n < max) out[n++] = utf8_next(&p);
    return p < end ? max + 1 : n;
}

static uint32_t ascii_lower(uint32_t c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Weighted edit distance of a and b, or more than max when it exceeds
 * max (then its exact value does not matter). */
static size_t edit_distance(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, size_t max)
{
    while (na && nb && a[0] == b[0]) { a++; b++; na--; nb--; }
    while (na && nb && a[na - 1] == b[nb - 1]) { na--; nb--; }
    if (!na || !nb) return MOVE_COST * (na + nb);
    if (na > HINT_MAX_LEN || nb > HINT_MAX_LEN) return max + 1;
    if (nb < na) {
        const uint32_t *tp = a; a = b; b = tp;
        size_t tn = na; na = nb; nb = tn;
    }
    if ((nb - na) * MOVE_COST > max) return max + 1;
    /* row[i]: cost of turning a[0..i) into the b prefix seen so far. */
    size_t row[HINT_MAX_LEN + 1];
    for (size_t i = 0; i <= na; i++) row[i] = i * MOVE_COST;
    for (size_t j = 1; j <= nb; j++) {
        size_t diag = row[0], lowest;
        row[0] = j * MOVE_COST;
        lowest = row[0];
        for (size_t i = 1; i <= na; i++) {
            size_t sub = a[i - 1] == b[j - 1] ? 0
                       : ascii_lower(a[i - 1]) == ascii_lower(b[j - 1]) ? CASE_COST : MOVE_COST;
            size_t best = diag + sub;
            if (row[i] + MOVE_COST < best) best = row[i] + MOVE_COST;
            if (row[i - 1] + MOVE_COST < best) best = row[i - 1] + MOVE_COST;
            diag = row[i];
            row[i] = best;
            if (best < lowest) lowest = best;
        }
        if (lowest > max) return max + 1;
    }
    return row[na];
}

static bool hint_init(Hint *h, StrObj *wrong)
{
    h->nwrong = decode_name(wrong, h->wrong, HINT_MAX_LEN);
    h->wrong_obj = wrong;
    /* Unbounded at first, as in the interpreter's report (suggestions.c);
     * CPython's traceback module starts from the name's length instead,
     * so it offers nothing for a one-letter name. */
    h->best = SIZE_MAX;
    h->found = NULL;
    return h->nwrong <= HINT_MAX_LEN;
}

/* Considers one candidate name; the first of equally close ones wins. */
static void hint_try(Hint *h, Value cand)
{
    if (!str_check(cand) || str_eq(STR(cand), h->wrong_obj)) return;
    uint32_t buf[4 * HINT_MAX_LEN];
    size_t n = decode_name(STR(cand), buf, 4 * HINT_MAX_LEN);
    if (n > 4 * HINT_MAX_LEN) return;
    size_t max = (n + h->nwrong + 3) * MOVE_COST / 6;
    if (h->best == 0) return;
    if (h->best != SIZE_MAX && max > h->best - 1) max = h->best - 1;
    size_t d = edit_distance(h->wrong, h->nwrong, buf, n, max);
    if (d > max) return;
    h->found = STR(cand);
    h->best = d;
}

static void hint_dict(Hint *h, DictObj *d)
{
    size_t pos = 0;
    Value k, v;
    while (d && dict_next(d, &pos, &k, &v)) hint_try(h, k);
}

/* The bound local variables of f, in slot order, as (name, value). */
static bool frame_local(Frame *f, uint32_t i, Value *name, Value *value)
{
    Value v = f->slots[i];
    if (f->code->slot_kinds[i] != SLOT_LOCAL && val_is_type(v, &CellType))
        v = ((CellObj *)val_as_obj(v))->value;
    *name = f->code->slot_names->items[i];
    *value = v;
    return v != VAL_UNBOUND;
}

/* The hint for a NameError in frame f: "self.x" when the method's self
 * has the attribute, else the closest visible name; VAL_NONE if none. */
static Value name_hint(Thread *t, StrObj *name, Frame *f)
{
    Hint h;
    if (!f || !hint_init(&h, name)) return VAL_NONE;
    DictObj *locals = f->locals ? f->locals : (f->code->flags & CO_MODULE) ? f->globals : NULL;
    DictObj *builtins = f->func ? f->func->builtins : t->interp->builtins;
    size_t count = (locals ? dict_len(locals) : 0) + dict_len(f->globals) + dict_len(builtins);
    Value n, v, self = VAL_UNBOUND;
    StrObj *self_name = NAME(t, self);
    if (locals) self = dict_get_str(locals, self_name);
    for (uint32_t i = 0; !locals && i < f->code->nlocalsplus; i++) {
        if (!frame_local(f, i, &n, &v)) continue;
        count++;
        if (str_eq(STR(n), self_name)) self = v;
    }
    if (self != VAL_UNBOUND) {
        gc_push_root(t, self);
        Value a = op_getattr_opt(t, self, name);
        gc_pop_roots(t, 1);
        if (a == VAL_ERROR) exc_clear(t);
        if (a != VAL_ERROR && a != VAL_UNBOUND) {
            StrBuf b;
            strbuf_init(&b);
            strbuf_printf(&b, "self.%s", name->data);
            Value r = strbuf_finish(t, &b);
            if (r == VAL_ERROR) exc_clear(t);
            return r == VAL_ERROR ? VAL_NONE : r;
        }
    }
    if (count > HINT_MAX_ITEMS) return VAL_NONE;
    if (locals) {
        hint_dict(&h, locals);
    } else {
        for (uint32_t i = 0; i < f->code->nlocalsplus; i++)
            if (frame_local(f, i, &n, &v)) hint_try(&h, n);
    }
    hint_dict(&h, f->globals);
    hint_dict(&h, builtins);
    return h.found ? val_from_obj(h.found) : VAL_NONE;
}

/* The hint for an AttributeError with .name and .obj: the closest name
 * in dir(obj), or NULL. */
static StrObj *attribute_hint(Thread *t, StrObj *name, Value obj)
{
    Hint h;
    if (!hint_init(&h, name) || !t->interp->builtins) return NULL;
    StrObj *dir_name = str_intern(t, "dir");
    Value dir = dir_name ? dict_get_str(t->interp->builtins, dir_name) : VAL_UNBOUND;
    if (dir == VAL_UNBOUND) return NULL;
    Value names = op_call1(t, dir, obj);
    if (names == VAL_ERROR || !list_check(names)) {
        exc_clear(t);
        return NULL;
    }
    ListObj *l = LIST(names);
    if (l->len > HINT_MAX_ITEMS) return NULL;
    for (size_t i = 0; i < l->len; i++) hint_try(&h, l->items[i]);
    return h.found;
}

static const char *const stdlib_modules[] = {
    "abc", "aifc", "antigravity", "argparse", "array", "ast", "asyncio", "atexit", "audioop",
    "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi",
    "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys",
    "compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg",
    "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib",
    "dis", "doctest", "email", "encodings", "ensurepip", "enum", "errno", "faulthandler",
    "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc",
    "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip",
    "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "importlib",
    "inspect", "io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache",
    "locale", "logging", "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap",
    "modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt",
    "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev",
    "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib",
    "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile",
    "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline",
    "reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors",
    "shelve", "shlex", "shutil", "signal", "site", "smtplib", "sndhdr", "socket",
    "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl",
    "stat", "statistics", "string", "stringprep", "struct", "subprocess", "sunau", "symtable",
    "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios",
    "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize",
    "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types",
    "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave",
    "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc",
    "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo"
};

static bool is_stdlib_module(StrObj *name)
{
    size_t lo = 0, hi = sizeof stdlib_modules / sizeof stdlib_modules[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name->data, stdlib_modules[mid]);
        if (c == 0) return true;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return false;
}

Value exc_raise_attribute_error(Thread *t, Value obj, StrObj *name)
{
    if (module_check(obj))
        exc_raise(t, &AttributeErrorType, "module '%U' has no attribute '%U'",
                  ((ModuleObj *)val_as_obj(obj))->name, name);
    else if (val_isinstance(obj, &TypeType))
        exc_raise(t, &AttributeErrorType, "type object '%s' has no attribute '%U'",
                  type_name((TypeObj *)val_as_obj(obj)), name);
    else
        exc_raise(t, &AttributeErrorType, "'%s' object has no attribute '%U'",
                  type_name(val_type(obj)), name);
    Value e = t->exc;
    if (!val_is_type(e, &AttributeErrorType)) return VAL_ERROR;
    if (set_dict_attr(t, e, "name", val_from_obj(name)) < 0
        || set_dict_attr(t, e, "obj", obj) < 0)
        return VAL_ERROR;
    t->exc = e;
    return VAL_ERROR;
}

Value exc_raise_name_error(Thread *t, StrObj *name, Frame *f)
{
    Value hint = name_hint(t, name, f);
    gc_push_root(t, hint);
    exc_raise(t, &NameErrorType, "name '%U' is not defined", name);
    gc_pop_roots(t, 1);
    Value e = t->exc;
    if (val_is_type(e, &NameErrorType)) {
        EXC(e)->value = hint;
        if (set_dict_attr(t, e, "name", val_from_obj(name)) == 0) t->exc = e;
    }
    return VAL_ERROR;
}

/* Appends the hints CPython's report adds to NameError and
 * AttributeError messages. */
static void put_hint(Thread *t, Value exc, StrBuf *b)
{
    ExcKind kind = exc_kind(val_type(exc));
    if (kind != KIND_NAME && kind != KIND_ATTR) return;
    Value name = dict_attr(t, exc, "name");
    if (name == VAL_ERROR) { exc_clear(t); return; }
    if (!str_check(name)) return;
    Value hint = VAL_NONE;
    if (kind == KIND_ATTR) {
        Value obj = dict_attr(t, exc, "obj");
        if (obj == VAL_ERROR) { exc_clear(t); return; }
        StrObj *h = attribute_hint(t, STR(name), obj);
        if (h) hint = val_from_obj(h);
    } else if (str_check(EXC(exc)->value)) {
        hint = EXC(exc)->value;
    }
    if (hint != VAL_NONE) strbuf_printf(b, ". Did you mean: '%s'?", str_cstr(hint));
    if (kind == KIND_NAME && is_stdlib_module(STR(name)))
        strbuf_printf(b, "%s you forget to import '%s'?", hint != VAL_NONE ? " Or did" : ". Did",
                      str_cstr(name));
}

/* ------------------------------------------------------------------ */
/* Printing                                                            */

/* "ValueError", or "module.QualName" for types outside builtins/__main__. */
static void put_type_name(StrBuf *b, TypeObj *tp)
{
    Value mod = tp->module;
    if (str_check(mod) && !str_eq_cstr(STR(mod), "builtins") && !str_eq_cstr(STR(mod), "__main__")) {
        strbuf_put_str(b, mod);
        strbuf_putc(b, '.');
    }
    if (tp->qualname) strbuf_append(b, tp->qualname->data, tp->qualname->len);
    else strbuf_puts(b, type_name(tp));
}

/* Finds line `lineno` of text; returns its start and length. */
static bool find_line(const char *text, size_t len, int lineno, const char **start, size_t *n)
{
    const char *p = text, *end = text + len;
    for (int i = 1; i < lineno; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return false;
        p = nl + 1;
    }
    if (p >= end) return false;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *start = p;
    *n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    return true;
}

bool exc_source_line(Thread *t, StrObj *filename, int lineno, StrBuf *b)
{
    const char *line = NULL;
    size_t n = 0;
    char *owned = NULL;
    DictObj *cache = t->interp->source_cache;
    Value src = cache ? dict_get_str(cache, filename) : VAL_UNBOUND;
    if (str_check(src)) {
        if (!find_line(STR(src)->data, STR(src)->len, lineno, &line, &n)) return false;
    } else {
        if (lineno < 1) return false;
        FILE *f = fopen(filename->data, "r");
        if (!f) return false;
        size_t cap = 0;
        ssize_t got = 0;
        for (int i = 0; i < lineno && got >= 0; i++) got = getline(&owned, &cap, f);
        fclose(f);
        if (got < 0) { free(owned); return false; }
        line = owned;
        n = (size_t)got;
        if (n && line[n - 1] == '\n') n--;
    }
    strbuf_append(b, line, n);
    free(owned);
    return true;
}

/* Appends "    <stripped source line>\n" when the line can be found in
 * the source cache or on disk. */
static void put_source_line(Thread *t, StrObj *filename, int lineno, StrBuf *b)
{
    StrBuf raw;
    strbuf_init(&raw);
    exc_source_line(t, filename, lineno, &raw);
    const char *line = raw.data;
    size_t n = raw.len;
    while (n && strchr(" \t\f\r\n\v", line[0])) { line++; n--; }
    while (n && strchr(" \t\f\r\n\v", line[n - 1])) n--;
    if (n) {
        strbuf_puts(b, "    ");
        strbuf_append(b, line, n);
        strbuf_putc(b, '\n');
    }
    strbuf_free(&raw);
}

/* The frames of a traceback, outermost first, without the header. */
/* As CPython does, a frame repeated more than three times in a row
 * (recursion) is shown three times and then counted. */
#define TB_REPEAT_SHOWN 3

static void put_repeats(StrBuf *b, long repeats)
{
    if (repeats > TB_REPEAT_SHOWN) {
        long more = repeats - TB_REPEAT_SHOWN;
        strbuf_printf(b, "  [Previous line repeated %ld more time%s]\n", more, more > 1 ? "s" : "");
    }
}

static void put_frames(Thread *t, TracebackObj *tb, StrBuf *b)
{
    CodeObj *last = NULL;
    int last_line = -1;
    long repeats = 0;
    for (; tb; tb = tb->next) {
        if (!val_is_type(tb->code, &CodeType)) continue;
        CodeObj *code = (CodeObj *)val_as_obj(tb->code);
        bool same = last && code->filename == last->filename && code->name == last->name
                    && tb->line == last_line;
        if (!same) {
            put_repeats(b, repeats);
            repeats = 0;
        }
        last = code;
        last_line = tb->line;
        if (++repeats > TB_REPEAT_SHOWN) continue;
        strbuf_printf(b, "  File \"%s\", line %d, in %s\n", code->filename->data, tb->line,
                      code->name->data);
        put_source_line(t, code->filename, tb->line, b);
    }
    put_repeats(b, repeats);
}

/* str(v) into b; "<exception str() failed>" if it raises. */
static void put_str(Thread *t, Value v, StrBuf *b)
{
    Value s = op_str(t, v);
    if (s == VAL_ERROR) {
        exc_clear(t);
        strbuf_puts(b, "<exception str() failed>");
        return;
    }
    strbuf_put_str(b, s);
}

/* An int attribute as int64, or `dflt` for None (false if neither). */
static bool int_attr(Thread *t, Value v, int64_t dflt, int64_t *out)
{
    if (v == VAL_NONE) { *out = dflt; return true; }
    if (!int_check(v)) return false;
    if (int_as_i64(t, v, out) < 0) { exc_clear(t); return false; }
    return true;
}

/* The caret line of a SyntaxError, as CPython 3.12 prints it.  Offsets
 * count code points, 1-based; text is the raw source line. */
static void put_syntax_text(StrBuf *b, const char *text, int64_t offset, int64_t end_offset,
                            bool multiline)
{
    int64_t line_size = (int64_t)utf8_count(text, strlen(text));
    if (multiline) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    int64_t carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') { text++; offset--; }
    int64_t len = (int64_t)utf8_count(text, strlen(text));
    if (len > 0 && text[strlen(text) - 1] == '\n') len--;
    if (offset > len) offset = len;
    /* An earlier line of a multi-line text does not hold the spot. */
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl) break;
        int64_t inl = (int64_t)utf8_count(text, (size_t)(nl - text));
        if (inl >= offset) break;
        offset -= inl + 1;
        text = nl + 1;
    }
    const char *nl = strchr(text, '\n');
    size_t shown = nl ? (size_t)(nl - text) : strlen(text);
    strbuf_puts(b, "    ");
    strbuf_append(b, text, shown);
    strbuf_putc(b, '\n');
    if (offset < 0) return;
    strbuf_puts(b, "    ");
    for (int64_t i = 0; i < offset; i++) strbuf_putc(b, ' ');
    for (int64_t i = 0; i < carets; i++) strbuf_putc(b, '^');
    strbuf_putc(b, '\n');
}

/* The "  File ..., line N" block and message of a SyntaxError.  Returns
 * false when the exception lacks a usable lineno: it then prints like any
 * other exception. */
static bool put_syntax_error(Thread *t, Value exc, StrBuf *b)
{
    Value f[7];
    Value (*getters[7])(Thread *, Value) = {
        get_msg, get_filename, get_lineno, get_offset, get_end_lineno, get_end_offset, get_text
    };
    for (int i = 0; i < 7; i++) {
        f[i] = getters[i](t, exc);
        if (f[i] == VAL_ERROR) { exc_clear(t); return false; }
    }
    int64_t lineno, offset, end_lineno, end_offset;
    if (f[2] == VAL_NONE || !int_attr(t, f[2], 0, &lineno)) return false;
    if (!int_attr(t, f[3], -1, &offset)) return false;
    if (val_type(exc) == &SyntaxErrorType) {
        if (!int_attr(t, f[4], lineno, &end_lineno)) return false;
        if (!int_attr(t, f[5], -1, &end_offset)) return false;
    } else {
        end_lineno = lineno;
        end_offset = -1;
    }
    strbuf_printf(b, "  File \"%s\", line %lld\n", str_check(f[1]) ? str_cstr(f[1]) : "<string>",
                  (long long)lineno);
    if (str_check(f[6]))
        put_syntax_text(b, str_cstr(f[6]), offset, end_offset, end_lineno > lineno);
    put_type_name(b, val_type(exc));
    StrBuf m;
    strbuf_init(&m);
    if (f[0] != VAL_NONE) put_str(t, f[0], &m);
    if (m.len) {
        strbuf_puts(b, ": ");
        strbuf_append(b, m.data, m.len);
    }
    strbuf_free(&m);
    strbuf_putc(b, '\n');
    return true;
}

static void put_notes(Thread *t, Value exc, StrBuf *b)
{
    Value notes = dict_attr(t, exc, "__notes__");
    if (notes == VAL_ERROR) { exc_clear(t); return; }
    if (!list_check(notes)) return;
    ListObj *l = LIST(notes);
    for (size_t i = 0; i < l->len; i++) {
        put_str(t, l->items[i], b);
        strbuf_putc(b, '\n');
    }
}

/* The message line of an exception, then its notes. */
static void put_message(Thread *t, Value exc, StrBuf *b)
{
    if (!exc_check(exc)) {
        TypeObj *tp = val_isinstance(exc, &TypeType) ? (TypeObj *)val_as_obj(exc) : val_type(exc);
        put_type_name(b, tp);
        strbuf_putc(b, '\n');
        return;
    }
    if (val_isinstance(exc, &SyntaxErrorType) && put_syntax_error(t, exc, b)) {
        put_notes(t, exc, b);
        return;
    }
    put_type_name(b, val_type(exc));
    StrBuf m;
    strbuf_init(&m);
    put_str(t, exc, &m);
    if (m.len) {
        strbuf_puts(b, ": ");
        strbuf_append(b, m.data, m.len);
    }
    strbuf_free(&m);
    put_hint(t, exc, b);
    strbuf_putc(b, '\n');
    put_notes(t, exc, b);
}

#define CHAIN_MAX 64
/* CPython's limits on how much of a tree of groups a report shows. */
#define GROUP_WIDTH_MAX 15
#define GROUP_DEPTH_MAX 10

/* A report in the making.  Inside an exception group each line starts
 * with a margin: two spaces per level of nesting, then "| " ("+ " on the
 * header of the outermost group), as CPython 3.12 prints groups. */
typedef struct {
    Thread *t;
    StrBuf *out;
    int depth;                  /* group nesting of what is being shown */
    bool need_close;            /* a group's last member still owes the closing rule */
    Value seen;                 /* list of the exceptions shown, or VAL_NONE */
} Report;

static void put_indent(Report *r)
{
    for (int i = 0; i < r->depth; i++) strbuf_puts(r->out, "  ");
}

/* Appends whole lines of text, each behind the margin. */
static void emit(Report *r, const char *text, size_t len, char margin)
{
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl + 1 : end;
        if (r->depth) {
            put_indent(r);
            strbuf_putc(r->out, margin);
            strbuf_putc(r->out, ' ');
        }
        strbuf_append(r->out, p, (size_t)(stop - p));
        p = stop;
    }
}

static void emit_cstr(Report *r, const char *text, char margin)
{
    emit(r, text, strlen(text), margin);
}

/* An exception reached through __cause__ or __context__ is shown once:
 * a chain that comes back to one already shown stops there. */
static bool seen_before(Report *r, Value e)
{
    if (!list_check(r->seen)) return false;
    ListObj *l = LIST(r->seen);
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i] == e) return true;
    return false;
}

static void mark_seen(Report *r, Value e)
{
    if (list_check(r->seen) && list_append(r->t, r->seen, e) < 0) exc_clear(r->t);
}

static void put_chain(Report *r, Value exc);

/* Traceback and message of an exception that is not a group. */
static void put_single(Report *r, Value exc)
{
    StrBuf b;
    strbuf_init(&b);
    if (exc_check(exc) && EXC(exc)->traceback) {
        strbuf_puts(&b, "Traceback (most recent call last):\n");
        put_frames(r->t, EXC(exc)->traceback, &b);
    }
    put_message(r->t, exc, &b);
    emit(r, b.data, b.len, '|');
    strbuf_free(&b);
}

/* A group: its own traceback and message, then each member (with its
 * chain) in a numbered box one level deeper. */
static void put_group(Report *r, Value exc, TupleObj *members)
{
    if (r->depth > GROUP_DEPTH_MAX) {
        StrBuf b;
        strbuf_init(&b);
        strbuf_printf(&b, "... (max_group_depth is %d)\n", GROUP_DEPTH_MAX);
        emit(r, b.data, b.len, '|');
        strbuf_free(&b);
        return;
    }
    bool outermost = r->depth == 0;
    if (outermost) r->depth = 1;
    if (EXC(exc)->traceback) {
        emit_cstr(r, "Exception Group Traceback (most recent call last):\n", outermost ? '+' : '|');
        StrBuf b;
        strbuf_init(&b);
        put_frames(r->t, EXC(exc)->traceback, &b);
        emit(r, b.data, b.len, '|');
        strbuf_free(&b);
    }
    StrBuf b;
    strbuf_init(&b);
    put_message(r->t, exc, &b);
    emit(r, b.data, b.len, '|');
    strbuf_free(&b);
    size_t n = members->len, shown = n > GROUP_WIDTH_MAX ? GROUP_WIDTH_MAX + 1 : n;
    r->need_close = false;
    for (size_t i = 0; i < shown; i++) {
        bool last = i + 1 == shown, truncated = i == GROUP_WIDTH_MAX;
        /* Cleared by a nested group that closes its own box, which then
         * closes ours too. */
        if (last) r->need_close = true;
        put_indent(r);
        strbuf_puts(r->out, i == 0 ? "+-" : "  ");
        if (truncated) strbuf_puts(r->out, "+---------------- ... ----------------\n");
        else strbuf_printf(r->out, "+---------------- %zu ----------------\n", i + 1);
        r->depth++;
        if (truncated) {
            StrBuf m;
            strbuf_init(&m);
            size_t more = n - GROUP_WIDTH_MAX;
            strbuf_printf(&m, "and %zu more exception%s\n", more, more == 1 ? "" : "s");
            emit(r, m.data, m.len, '|');
            strbuf_free(&m);
        } else {
            put_chain(r, members->items[i]);
        }
        if (last && r->need_close) {
            put_indent(r);
            strbuf_puts(r->out, "+------------------------------------\n");
            r->need_close = false;
        }
        r->depth--;
    }
    if (outermost) r->depth = 0;
}

/* exc after the exceptions it was raised from or while handling,
 * oldest first. */
static void put_chain(Report *r, Value exc)
{
    Thread *t = r->t;
    uint32_t mark = gc_root_mark(t);
    /* chain[0] is exc; chain[i+1] is the cause or context of chain[i],
     * linked by link[i]: 1 cause, 2 context. */
    Value chain[CHAIN_MAX];
    int link[CHAIN_MAX];
    int n = 0;
    Value e = exc;
    while (n < CHAIN_MAX) {
        /* Rooted: str() below may run code that rewrites the chain. */
        gc_push_root(t, e);
        mark_seen(r, e);
        chain[n] = e;
        link[n] = 0;
        n++;
        if (!exc_check(e)) break;
        Value next = VAL_NONE;
        if (EXC(e)->cause != VAL_NONE) {
            next = EXC(e)->cause;
            link[n - 1] = 1;
        } else if (!EXC(e)->suppress_context && EXC(e)->context != VAL_NONE) {
            next = EXC(e)->context;
            link[n - 1] = 2;
        }
        if (!exc_check(next) || seen_before(r, next)) { link[n - 1] = 0; break; }
        e = next;
    }
    /* A group shown inside the chain must not close the box exc is in. */
    bool need_close = r->need_close;
    for (int i = n - 1; i >= 0; i--) {
        Value message;
        TupleObj *members;
        if (group_parts(chain[i], &message, &members))
            put_group(r, chain[i], members);
        else
            put_single(r, chain[i]);
        if (i == 0) break;
        r->need_close = need_close;
        if (link[i - 1] == 1)
            emit_cstr(r, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
        else
            emit_cstr(r, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
    }
    gc_root_reset(t, mark);
}

void exc_format(Thread *t, Value exc, StrBuf *out)
{
    uint32_t mark = gc_root_mark(t);
    Value saved = exc_fetch(t);
    gc_push_root(t, saved);
    gc_push_root(t, exc);
    Report r = { .t = t, .out = out, .depth = 0, .need_close = false, .seen = list_new(t, 8) };
    if (r.seen == VAL_ERROR) {
        exc_clear(t);
        r.seen = VAL_NONE;
    }
    gc_push_root(t, r.seen);
    put_chain(&r, exc);
    t->exc = saved;
    gc_root_reset(t, mark);
}

void exc_format_only(Thread *t, Value exc, StrBuf *out)
{
    uint32_t mark = gc_root_mark(t);
    Value saved = exc_fetch(t);
    gc_push_root(t, saved);
    gc_push_root(t, exc);
    put_message(t, exc, out);
    t->exc = saved;
    gc_root_reset(t, mark);
}

void exc_print(Thread *t, Value exc)
{
    gc_push_root(t, exc);
    Value out = file_std_stream(t, "stdout");
    if (out != VAL_UNBOUND && out != VAL_NONE) {
        Value saved = exc_fetch(t);
        gc_push_root(t, saved);
        if (file_flush_any(t, out) < 0) exc_clear(t);
        t->exc = saved;
        gc_pop_roots(t, 1);
    }
    StrBuf b;
    strbuf_init(&b);
    exc_format(t, exc, &b);
    gc_pop_roots(t, 1);
    file_write_stderr(t, b.data ? b.data : "", b.len);
    strbuf_free(&b);
}

int exc_report_uncaught(Thread *t)
{
    Value exc = exc_fetch(t);
    gc_push_root(t, exc);
    int status = 1;
    if (val_isinstance(exc, &SystemExitType)) {
        Value code = EXC(exc)->value;
        int64_t n;
        if (code == VAL_NONE) status = 0;
        else if (int_check(code) && int_as_i64(t, code, &n) == 0) status = (int)(n & 0xFF);
        else {
            exc_clear(t);
            Value s = op_str(t, code);
            if (s != VAL_ERROR) {
                file_write_stderr(t, str_cstr(s), STR(s)->len);
                file_write_stderr(t, "\n", 1);
            }
            status = 1;
        }
    } else if (val_isinstance(exc, &KeyboardInterruptType)) {
        exc_print(t, exc);
        status = 130;
    } else {
        exc_print(t, exc);
    }
    gc_pop_roots(t, 1);
    return status;
}
