/*
 * mod_traceback.c -- _traceback, what stdlib/traceback.as and
 * stdlib/warnings.as need from C: source lines, and the message part of
 * the interpreter's own exception report, so that the traceback module
 * prints exactly what an uncaught exception prints.
 */
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_int.h"
#include "obj_str.h"
#include "ops.h"
#include "strbuf.h"

/* getline(filename, lineno): the line with its newline, or "" (as
 * linecache.getline). */
static Value tb_getline(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int64_t lineno;
    if (arg_no_kw(t, "getline", kwnames) < 0 || arg_count(t, "getline", nargs, 2, 2) < 0)
        return VAL_ERROR;
    if (!str_check(args[0])) return val_from_obj(NAME(t, empty));
    if (op_index(t, args[1], &lineno) < 0) return VAL_ERROR;
    StrBuf b;
    strbuf_init(&b);
    if (lineno < 1 || lineno > (1 << 30) || !exc_source_line(t, STR(args[0]), (int)lineno, &b)) {
        strbuf_free(&b);
        return val_from_obj(NAME(t, empty));
    }
    strbuf_putc(&b, '\n');
    return strbuf_finish(t, &b);
}

/* format_exception_only(exc): "Type: message\n" with the hint and notes. */
static Value tb_format_only(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "format_exception_only", kwnames) < 0
        || arg_count(t, "format_exception_only", nargs, 1, 1) < 0)
        return VAL_ERROR;
    StrBuf b;
    strbuf_init(&b);
    exc_format_only(t, args[0], &b);
    return strbuf_finish(t, &b);
}

/* format_exception(exc): the whole report an uncaught exc prints. */
static Value tb_format(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "format_exception", kwnames) < 0
        || arg_count(t, "format_exception", nargs, 1, 1) < 0)
        return VAL_ERROR;
    StrBuf b;
    strbuf_init(&b);
    exc_format(t, args[0], &b);
    return strbuf_finish(t, &b);
}

static const MethodDef traceback_functions[] = {
    {"getline", tb_getline, 0},
    {"format_exception_only", tb_format_only, 0},
    {"format_exception", tb_format, 0},
    {NULL, NULL, 0},
};

Value mod_traceback_init(Thread *t)
{
    Value m = module_new(t, "_traceback");
    if (m == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, m);
    Value r = module_add_functions(t, m, traceback_functions) < 0 ? VAL_ERROR : m;
    gc_pop_roots(t, 1);
    return r;
}
