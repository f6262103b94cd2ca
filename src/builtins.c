/*
 * builtins.c -- the builtins module: print, len, sorted, isinstance ...,
 * the builtin types and exception types by name, and the constants.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "code.h"
#include "compile.h"
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "import.h"
#include "interp.h"
#include "module.h"
#include "obj_alias.h"
#include "obj_bytearray.h"
#include "obj_dict.h"
#include "obj_file.h"
#include "obj_float.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_gen.h"
#include "obj_iter.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "utf8.h"
#include "vm.h"

#define NATIVE_ARGS Thread *t, Value *args, int nargs, TupleObj *kwnames

/* The common "f(x)" shape: no keywords, exactly one argument. */
static int one_arg(Thread *t, const char *fname, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, fname, kwnames) < 0) return -1;
    return arg_count(t, fname, nargs, 1, 1);
}

/* A str argument used as an attribute name, interned. */
static StrObj *attr_name(Thread *t, Value v)
{
    if (!str_check(v)) {
        exc_raise(t, &TypeErrorType, "attribute name must be string, not '%s'",
                  type_name(val_type(v)));
        return NULL;
    }
    return str_intern_obj(t, STR(v));
}

static bool is_number(Value v)
{
    return val_is_double(v) || int_check(v);
}

/* ------------------------------------------------------------------ */
/* print and input                                                     */

/* Writes the pieces of one print() call to a FileObj without building a
 * joined string; the buffering policy applies once at the end. */
static Value print_to_file(Thread *t, Value file, Value *args, int nargs, Value sep, Value end)
{
    for (int i = 0; i < nargs; i++) {
        if (i) {
            const char *s = sep == VAL_NONE ? " " : STR(sep)->data;
            size_t n = sep == VAL_NONE ? 1 : STR(sep)->len;
            if (file_write_text(t, file, s, n) < 0) return VAL_ERROR;
        }
        Value s = str_check_exact(args[i]) ? args[i] : op_str(t, args[i]);
        if (s == VAL_ERROR || file_write_text(t, file, STR(s)->data, STR(s)->len) < 0)
            return VAL_ERROR;
    }
    const char *e = end == VAL_NONE ? "\n" : STR(end)->data;
    size_t n = end == VAL_NONE ? 1 : STR(end)->len;
    if (file_write_text(t, file, e, n) < 0 || file_commit(t, file) < 0) return VAL_ERROR;
    return VAL_NONE;
}

/* The same through a write() method of any object. */
static Value print_to_object(Thread *t, Value file, Value *args, int nargs, Value sep, Value end)
{
    uint32_t mark = gc_root_mark(t);
    Value r = VAL_ERROR;
    Value write = op_getattr(t, file, NAME(t, write));
    if (write == VAL_ERROR) goto done;
    gc_push_root(t, write);
    if (sep == VAL_NONE) {
        StrObj *space = str_intern(t, " ");
        if (!space) goto done;
        sep = val_from_obj(space);
    }
    if (end == VAL_NONE) {
        StrObj *nl = str_intern(t, "\n");
        if (!nl) goto done;
        end = val_from_obj(nl);
    }
    for (int i = 0; i < nargs; i++) {
        if (i && op_call1(t, write, sep) == VAL_ERROR) goto done;
        Value s = op_str(t, args[i]);
        if (s == VAL_ERROR || op_call1(t, write, s) == VAL_ERROR) goto done;
    }
    if (op_call1(t, write, end) == VAL_ERROR) goto done;
    r = VAL_NONE;
done:
    gc_root_reset(t, mark);
    return r;
}

static int text_option(Thread *t, Value v, const char *what)
{
    if (v == VAL_NONE || str_check(v)) return 0;
    exc_raise(t, &TypeErrorType, "%s must be None or a string, not %s", what, type_name(val_type(v)));
    return -1;
}

static Value bi_print(NATIVE_ARGS)
{
    Value sep = VAL_NONE, end = VAL_NONE, file = VAL_NONE, flush = VAL_FALSE;
    for (size_t i = 0; kwnames && i < kwnames->len; i++) {
        StrObj *k = STR(kwnames->items[i]);
        Value v = args[nargs + (int)i];
        if (str_eq(k, NAME(t, sep))) sep = v;
        else if (str_eq(k, NAME(t, end))) end = v;
        else if (str_eq(k, NAME(t, file_kw))) file = v;
        else if (str_eq(k, NAME(t, flush))) flush = v;
        else return exc_raise(t, &TypeErrorType, "'%U' is an invalid keyword argument for print()", k);
    }
    if (text_option(t, sep, "sep") < 0 || text_option(t, end, "end") < 0) return VAL_ERROR;
    if (file == VAL_NONE) {
        file = file_std_stream(t, "stdout");
        /* No sys.stdout (or None): print does nothing, as in CPython. */
        if (file == VAL_UNBOUND || file == VAL_NONE) return VAL_NONE;
    }
    gc_push_root(t, file);
    Value r = file_check(file) ? print_to_file(t, file, args, nargs, sep, end)
                               : print_to_object(t, file, args, nargs, sep, end);
    if (r != VAL_ERROR && flush != VAL_FALSE) {
        int f = op_truth(t, flush);
        if (f < 0 || (f && file_flush_any(t, file) < 0)) r = VAL_ERROR;
    }
    gc_pop_roots(t, 1);
    return r;
}

static Value bi_input(NATIVE_ARGS)
{
    if (arg_no_kw(t, "input", kwnames) < 0 || arg_count(t, "input", nargs, 0, 1) < 0)
        return VAL_ERROR;
    Value in = file_std_stream(t, "stdin"), out = file_std_stream(t, "stdout");
    if (in == VAL_UNBOUND || in == VAL_NONE)
        return exc_raise(t, &RuntimeErrorType, "input(): lost sys.stdin");
    if (out == VAL_UNBOUND || out == VAL_NONE)
        return exc_raise(t, &RuntimeErrorType, "input(): lost sys.stdout");
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, in);
    gc_push_root(t, out);
    Value r = VAL_ERROR;
    Value err = file_std_stream(t, "stderr");
    if (err != VAL_UNBOUND && err != VAL_NONE) {
        gc_push_root(t, err);
        if (file_flush_any(t, err) < 0) goto done;
    }
    if (nargs) {
        Value prompt = op_str(t, args[0]);
        if (prompt == VAL_ERROR || file_write_any(t, out, prompt) < 0) goto done;
    }
    if (file_flush_any(t, out) < 0) goto done;
    Value line = file_readline_any(t, in);
    if (line == VAL_ERROR) goto done;
    if (!str_check(line)) {
        exc_raise(t, &TypeErrorType, "object.readline() returned non-string");
        goto done;
    }
    StrObj *s = STR(line);
    if (s->len == 0) {
        exc_raise(t, &EOFErrorType, "EOF when reading a line");
        goto done;
    }
    r = s->data[s->len - 1] == '\n' ? str_new(t, s->data, s->len - 1) : line;
done:
    gc_root_reset(t, mark);
    return r;
}

/* ------------------------------------------------------------------ */
/* Simple conversions                                                  */

static Value bi_len(NATIVE_ARGS)
{
    if (one_arg(t, "len", nargs, kwnames) < 0) return VAL_ERROR;
    int64_t n = op_len(t, args[0]);
    return n < 0 ? VAL_ERROR : int_from_i64(t, n);
}

static Value bi_repr(NATIVE_ARGS)
{
    if (one_arg(t, "repr", nargs, kwnames) < 0) return VAL_ERROR;
    return op_repr(t, args[0]);
}

static Value bi_ascii(NATIVE_ARGS)
{
    if (one_arg(t, "ascii", nargs, kwnames) < 0) return VAL_ERROR;
    return op_ascii(t, args[0]);
}

static Value bi_hash(NATIVE_ARGS)
{
    if (one_arg(t, "hash", nargs, kwnames) < 0) return VAL_ERROR;
    int64_t h = op_hash(t, args[0]);
    return h == -1 && exc_pending(t) ? VAL_ERROR : int_from_i64(t, h);
}

static Value bi_id(NATIVE_ARGS)
{
    if (one_arg(t, "id", nargs, kwnames) < 0) return VAL_ERROR;
    Value v = args[0];
    /* Unboxed values have no address: their bits are a stable identity. */
    return int_from_u64(t, val_is_obj(v) ? (uint64_t)(uintptr_t)val_as_obj(v) : v);
}

static Value bi_callable(NATIVE_ARGS)
{
    if (one_arg(t, "callable", nargs, kwnames) < 0) return VAL_ERROR;
    return val_from_bool(val_type(args[0])->call != NULL);
}

static Value bi_chr(NATIVE_ARGS)
{
    int64_t i;
    if (one_arg(t, "chr", nargs, kwnames) < 0) return VAL_ERROR;
    Value v = args[0];
    if (val_is_double(v))
        return exc_raise(t, &TypeErrorType, "'float' object cannot be interpreted as an integer");
    if (int_check(v)) {
        if (int_as_i64(t, v, &i) < 0 || i < INT32_MIN || i > INT32_MAX) {
            exc_clear(t);
            return exc_raise(t, &OverflowErrorType, "Python int too large to convert to C int");
        }
    } else if (op_index(t, v, &i) < 0) {
        return VAL_ERROR;
    }
    if (i < 0 || i > 0x10FFFF) return exc_raise(t, &ValueErrorType, "chr() arg not in range(0x110000)");
    return str_from_codepoint(t, (uint32_t)i);
}

static Value bi_ord(NATIVE_ARGS)
{
    if (one_arg(t, "ord", nargs, kwnames) < 0) return VAL_ERROR;
    Value c = args[0];
    if (str_check(c)) {
        StrObj *s = STR(c);
        if (s->nchars != 1)
            return exc_raise(t, &TypeErrorType,
                             "ord() expected a character, but string of length %zu found", s->nchars);
        const char *p = s->data;
        return val_from_small(utf8_next(&p));
    }
    if (bytes_check(c)) {
        BytesObj *b = BYTES(c);
        if (b->len != 1)
            return exc_raise(t, &TypeErrorType,
                             "ord() expected a character, but string of length %zu found", b->len);
        return val_from_small(b->data[0]);
    }
    return exc_raise(t, &TypeErrorType, "ord() expected string of length 1, but %T found", c);
}

/* An int for hex/oct/bin: ints as they are, else __index__. */
static Value index_value(Thread *t, Value v)
{
    if (int_check(v)) return v;
    Value m = type_lookup(val_type(v), NAME(t, index));
    if (m == VAL_UNBOUND)
        return exc_raise(t, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                         type_name(val_type(v)));
    Value r = op_call1(t, m, v);
    if (r != VAL_ERROR && !int_check(r))
        return exc_raise(t, &TypeErrorType, "__index__ returned non-int (type %s)",
                         type_name(val_type(r)));
    return r;
}

static Value int_in_base(Thread *t, const char *fname, Value *args, int nargs, TupleObj *kwnames,
                         int base)
{
    if (one_arg(t, fname, nargs, kwnames) < 0) return VAL_ERROR;
    Value v = index_value(t, args[0]);
    if (v == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, v);
    Value r = int_to_base(t, v, base, true, false);
    gc_pop_roots(t, 1);
    return r;
}

static Value bi_hex(NATIVE_ARGS) { return int_in_base(t, "hex", args, nargs, kwnames, 16); }
static Value bi_oct(NATIVE_ARGS) { return int_in_base(t, "oct", args, nargs, kwnames, 8); }
static Value bi_bin(NATIVE_ARGS) { return int_in_base(t, "bin", args, nargs, kwnames, 2); }

static Value bi_format(NATIVE_ARGS)
{
    if (arg_no_kw(t, "format", kwnames) < 0 || arg_count(t, "format", nargs, 1, 2) < 0)
        return VAL_ERROR;
    Value spec = nargs > 1 ? args[1] : val_from_obj(NAME(t, empty));
    if (!str_check(spec))
        return exc_raise(t, &TypeErrorType, "format() argument 2 must be str, not %N", spec);
    return op_format(t, args[0], spec);
}

/* ------------------------------------------------------------------ */
/* Numbers                                                             */

/* Calls type(v).<name>(v, extra...) if the type defines it; VAL_UNBOUND
 * if it does not. */
static Value call_special(Thread *t, Value v, const char *name, Value *extra, int nextra)
{
    StrObj *n = str_intern(t, name);
    if (!n) return VAL_ERROR;
    Value m = type_lookup(val_type(v), n);
    if (m == VAL_UNBOUND) return VAL_UNBOUND;
    Value a[3] = { v, nextra > 0 ? extra[0] : VAL_NONE, nextra > 1 ? extra[1] : VAL_NONE };
    return op_call(t, m, a, 1 + nextra, NULL);
}

static Value bi_abs(NATIVE_ARGS)
{
    if (one_arg(t, "abs", nargs, kwnames) < 0) return VAL_ERROR;
    Value v = args[0];
    if (val_is_double(v)) return val_from_double(fabs(val_as_double(v)));
    if (val_is_int(v)) return int_from_i64(t, llabs(val_as_int(v)));
    if (val_is_bool(v)) return val_from_small(v == VAL_TRUE);
    if (val_is_type(v, &IntType)) return int_sign(v) < 0 ? op_unary(t, UNOP_NEG, v) : v;
    Value r = call_special(t, v, "__abs__", NULL, 0);
    if (r == VAL_UNBOUND)
        return exc_raise(t, &TypeErrorType, "bad operand type for abs(): '%s'", type_name(val_type(v)));
    return r;
}

static Value bi_round(NATIVE_ARGS)
{
    Value a[2];
    if (arg_parse(t, "round", args, nargs, kwnames, "number|ndigits", a) < 0) return VAL_ERROR;
    /* int and float implement __round__ themselves, with CPython's
     * correctly rounded results and overflow rules. */
    bool with_digits = a[1] != VAL_UNBOUND && a[1] != VAL_NONE;
    Value r = call_special(t, a[0], "__round__", &a[1], with_digits ? 1 : 0);
    if (r == VAL_UNBOUND)
        return exc_raise(t, &TypeErrorType, "type %s doesn't define __round__ method",
                         type_name(val_type(a[0])));
    return r;
}

static bool is_zero(Value v)
{
    return (val_is_double(v) && val_as_double(v) == 0.0) || v == val_from_small(0) || v == VAL_FALSE;
}

static Value bi_divmod(NATIVE_ARGS)
{
    if (arg_no_kw(t, "divmod", kwnames) < 0 || arg_count(t, "divmod", nargs, 2, 2) < 0)
        return VAL_ERROR;
    Value a = args[0], b = args[1];
    if (is_number(a) && is_number(b)) {
        if ((val_is_double(a) || val_is_double(b)) && is_zero(b))
            return exc_raise(t, &ZeroDivisionErrorType, "float divmod()");
        uint32_t mark = gc_root_mark(t);
        Value res = VAL_ERROR;
        Value q = op_binary(t, BINOP_FLOORDIV, a, b);
        if (q == VAL_ERROR) goto done;
        gc_push_root(t, q);
        Value r = op_binary(t, BINOP_MOD, a, b);
        if (r == VAL_ERROR) goto done;
        gc_push_root(t, r);
        res = tuple_pack(t, 2, q, r);
    done:
        gc_root_reset(t, mark);
        return res;
    }
    Value r = call_special(t, a, "__divmod__", &b, 1);
    if (r != VAL_UNBOUND && r != VAL_NOTIMPL) return r;
    if (val_type(a) != val_type(b)) {
        r = call_special(t, b, "__rdivmod__", &a, 1);
        if (r != VAL_UNBOUND && r != VAL_NOTIMPL) return r;
    }
    return exc_type_error_unsupported(t, "divmod()", a, b);
}

static Value bi_pow(NATIVE_ARGS)
{
    Value a[3];
    if (arg_parse(t, "pow", args, nargs, kwnames, "base,exp|mod", a) < 0) return VAL_ERROR;
    if (a[2] == VAL_UNBOUND || a[2] == VAL_NONE) return op_binary(t, BINOP_POW, a[0], a[1]);
    if (int_check(a[0]) && int_check(a[1]) && int_check(a[2])) return int_pow_mod(t, a[0], a[1], a[2]);
    if (is_number(a[0]) && is_number(a[1]) && is_number(a[2]))
        return exc_raise(t, &TypeErrorType,
                         "pow() 3rd argument not allowed unless all arguments are integers");
    Value r = call_special(t, a[0], "__pow__", &a[1], 2);
    if (r != VAL_UNBOUND && r != VAL_NOTIMPL) return r;
    return exc_raise(t, &TypeErrorType,
                     "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                     type_name(val_type(a[0])), type_name(val_type(a[1])),
                     type_name(val_type(a[2])));
}

/* sum's three phases, as CPython: exact small ints while they last, then
 * floats with Neumaier's compensated summation while they last, then
 * generic addition.  state holds (result, iterator) for the collector. */
static Value bi_sum(NATIVE_ARGS)
{
    Value a[2];
    if (arg_parse(t, "sum", args, nargs, kwnames, "iterable/|start", a) < 0) return VAL_ERROR;
    Value result = a[1] == VAL_UNBOUND ? val_from_small(0) : a[1];
    if (str_check(result))
        return exc_raise(t, &TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]");
    if (bytes_check(result))
        return exc_raise(t, &TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]");
    Value it = op_iter(t, a[0]);
    if (it == VAL_ERROR) return VAL_ERROR;
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, it);
    Value state = tuple_new(t, 1);
    if (state == VAL_ERROR) goto fail;
    gc_push_root(t, state);
    TupleObj *st = TUPLE(state);
    st->items[0] = result;
    Value item = VAL_UNBOUND;

    if (val_is_int(result) || val_is_bool(result)) {
        int64_t acc = val_is_int(result) ? val_as_int(result) : result == VAL_TRUE;
        for (;;) {
            item = op_next(t, it);
            if (item == VAL_ERROR) goto fail;
            if (item == VAL_UNBOUND) { st->items[0] = int_from_i64(t, acc); goto done; }
            int64_t b = val_is_int(item) ? val_as_int(item) : item == VAL_TRUE;
            if ((val_is_int(item) || val_is_bool(item)) && !__builtin_add_overflow(acc, b, &acc))
                continue;
            gc_push_root(t, item);
            Value r = int_from_i64(t, acc);
            r = r == VAL_ERROR ? r : op_binary(t, BINOP_ADD, r, item);
            gc_pop_roots(t, 1);
            if (r == VAL_ERROR) goto fail;
            st->items[0] = r;
            break;
        }
    }
    if (val_is_double(st->items[0])) {
        double f = val_as_double(st->items[0]), c = 0.0;
        for (;;) {
            item = op_next(t, it);
            if (item == VAL_ERROR) goto fail;
            if (item != VAL_UNBOUND && val_is_double(item)) {
                double x = val_as_double(item), s = f + x;
                c += fabs(f) >= fabs(x) ? (f - s) + x : (x - s) + f;
                f = s;
                continue;
            }
            int64_t i;
            if (item != VAL_UNBOUND && int_check(item)) {
                if (int_as_i64(t, item, &i) == 0) {
                    f += (double)i;
                    continue;
                }
                exc_clear(t);
            }
            /* Adding the compensation must not turn inf into nan. */
            if (c != 0.0 && isfinite(c)) f += c;
            st->items[0] = val_from_double(f);
            if (item == VAL_UNBOUND) goto done;
            gc_push_root(t, item);
            Value r = op_binary(t, BINOP_ADD, st->items[0], item);
            gc_pop_roots(t, 1);
            if (r == VAL_ERROR) goto fail;
            st->items[0] = r;
            break;
        }
    }
    for (;;) {
        item = op_next(t, it);
        if (item == VAL_ERROR) goto fail;
        if (item == VAL_UNBOUND) break;
        gc_push_root(t, item);
        Value r = op_binary(t, BINOP_ADD, st->items[0], item);
        gc_pop_roots(t, 1);
        if (r == VAL_ERROR) goto fail;
        st->items[0] = r;
    }
done:
    result = st->items[0];
    gc_root_reset(t, mark);
    return result;
fail:
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

/* ------------------------------------------------------------------ */
/* Iteration                                                           */

static Value bi_iter(NATIVE_ARGS)
{
    if (arg_no_kw(t, "iter", kwnames) < 0 || arg_count(t, "iter", nargs, 1, 2) < 0)
        return VAL_ERROR;
    if (nargs == 1) return op_iter(t, args[0]);
    if (!val_type(args[0])->call)
        return exc_raise(t, &TypeErrorType, "iter(object, sentinel): object must be callable");
    return calliter_new(t, args[0], args[1]);
}

static Value bi_next(NATIVE_ARGS)
{
    if (arg_no_kw(t, "next", kwnames) < 0 || arg_count(t, "next", nargs, 1, 2) < 0)
        return VAL_ERROR;
    if (!val_type(args[0])->next)
        return exc_raise(t, &TypeErrorType, "'%s' object is not an iterator",
                         type_name(val_type(args[0])));
    Value r, stop_value = VAL_UNBOUND;
    if (val_is_type(args[0], &GenType)) {
        /* A generator's return value travels in its StopIteration. */
        bool returned;
        r = gen_resume(t, (GenObj *)val_as_obj(args[0]), VAL_NONE, VAL_UNBOUND, &returned);
        if (r == VAL_ERROR || !returned) return r;
        if (r != VAL_NONE) stop_value = r;
    } else {
        r = op_next(t, args[0]);
        if (r != VAL_UNBOUND) return r;
    }
    if (nargs > 1) return args[1];
    return exc_raise_value(t, &StopIterationType, stop_value);
}

static Value bi_aiter(NATIVE_ARGS)
{
    if (one_arg(t, "aiter", nargs, kwnames) < 0) return VAL_ERROR;
    Value r = call_special(t, args[0], "__aiter__", NULL, 0);
    if (r == VAL_UNBOUND)
        return exc_raise(t, &TypeErrorType, "'%s' object is not an async iterable",
                         type_name(val_type(args[0])));
    return r;
}

/* anext(it) is it.__anext__(); anext(it, default) wraps that awaitable
 * in a coroutine (stdlib/_anext.as) that gives default at the end. */
static Value bi_anext(NATIVE_ARGS)
{
    if (arg_no_kw(t, "anext", kwnames) < 0 || arg_count_expected(t, "anext", nargs, 1, 2) < 0)
        return VAL_ERROR;
    Value r = call_special(t, args[0], "__anext__", NULL, 0);
    if (r == VAL_UNBOUND)
        return exc_raise(t, &TypeErrorType, "'%s' object is not an async iterator",
                         type_name(val_type(args[0])));
    if (r == VAL_ERROR || nargs == 1) return r;
    gc_push_root(t, r);
    Value m = import_module(t, "_anext");
    Value f = m == VAL_ERROR ? m : op_getattr(t, m, str_intern(t, "anext_or_default"));
    Value a[2] = { r, args[1] };
    Value coro = f == VAL_ERROR ? f : op_call(t, f, a, 2, NULL);
    gc_pop_roots(t, 1);
    return coro;
}

/* any/all: stop at the first item whose truth is `stop_on`. */
static Value any_all(Thread *t, const char *fname, Value *args, int nargs, TupleObj *kwnames,
                     bool stop_on)
{
    if (one_arg(t, fname, nargs, kwnames) < 0) return VAL_ERROR;
    Value it = op_iter(t, args[0]);
    if (it == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, it);
    Value r = val_from_bool(!stop_on);
    for (;;) {
        Value item = op_next(t, it);
        if (item == VAL_UNBOUND) break;
        int b = item == VAL_ERROR ? -1 : op_truth(t, item);
        if (b < 0) { r = VAL_ERROR; break; }
        if ((bool)b == stop_on) { r = val_from_bool(stop_on); break; }
    }
    gc_pop_roots(t, 1);
    return r;
}

static Value bi_any(NATIVE_ARGS) { return any_all(t, "any", args, nargs, kwnames, true); }
static Value bi_all(NATIVE_ARGS) { return any_all(t, "all", args, nargs, kwnames, false); }

static Value bi_sorted(NATIVE_ARGS)
{
    Value kw[2];
    if (arg_count_expected(t, "sorted", nargs, 1, 1) < 0) return VAL_ERROR;
    if (arg_parse(t, "sort", args + nargs, 0, kwnames, "$key,reverse", kw) < 0) return VAL_ERROR;
    int reverse = kw[1] == VAL_UNBOUND ? 0 : op_truth(t, kw[1]);
    if (reverse < 0) return VAL_ERROR;
    Value list = list_from_iterable(t, args[0]);
    if (list == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, list);
    int r = list_sort(t, list, kw[0] == VAL_UNBOUND ? VAL_NONE : kw[0], reverse);
    gc_pop_roots(t, 1);
    return r < 0 ? VAL_ERROR : list;
}

/* min and max: op is CMP_LT for min, CMP_GT for max; the first of equal
 * extremes wins.  state holds (best item, its key). */
static Value min_max(Thread *t, const char *fname, Value *args, int nargs, TupleObj *kwnames,
                     CmpOp op)
{
    Value key = VAL_NONE, dflt = VAL_UNBOUND;
    for (size_t i = 0; kwnames && i < kwnames->len; i++) {
        StrObj *k = STR(kwnames->items[i]);
        if (str_eq(k, NAME(t, key))) key = args[nargs + (int)i];
        else if (str_eq_cstr(k, "default")) dflt = args[nargs + (int)i];
        else return exc_raise(t, &TypeErrorType, "'%U' is an invalid keyword argument for %s()", k, fname);
    }
    if (nargs == 0) return exc_raise(t, &TypeErrorType, "%s expected at least 1 argument, got 0", fname);
    if (nargs > 1 && dflt != VAL_UNBOUND)
        return exc_raise(t, &TypeErrorType,
                         "Cannot specify a default for %s() with multiple positional arguments", fname);
    uint32_t mark = gc_root_mark(t);
    Value it = VAL_UNBOUND;
    if (nargs == 1) {
        it = op_iter(t, args[0]);
        if (it == VAL_ERROR) return VAL_ERROR;
        gc_push_root(t, it);
    }
    Value r = VAL_ERROR;
    Value state = tuple_new(t, 2);
    if (state == VAL_ERROR) goto done;
    gc_push_root(t, state);
    TupleObj *st = TUPLE(state);
    st->items[0] = VAL_UNBOUND;
    for (int i = 0;; i++) {
        Value item;
        if (nargs == 1) {
            item = op_next(t, it);
            if (item == VAL_ERROR) goto done;
            if (item == VAL_UNBOUND) break;
        } else {
            if (i == nargs) break;
            item = args[i];
        }
        uint32_t inner = gc_root_mark(t);
        gc_push_root(t, item);
        Value k = key == VAL_NONE ? item : op_call1(t, key, item);
        if (k == VAL_ERROR) goto done;
        gc_push_root(t, k);
        int better = 1;
        if (st->items[0] != VAL_UNBOUND) {
            Value c = op_compare(t, op, k, st->items[1]);
            better = c == VAL_ERROR ? -1 : op_truth(t, c);
        }
        gc_root_reset(t, inner);
        if (better < 0) goto done;
        if (better) {
            st->items[0] = item;
            st->items[1] = k;
        }
    }
    if (st->items[0] != VAL_UNBOUND) r = st->items[0];
    else if (dflt != VAL_UNBOUND) r = dflt;
    else exc_raise(t, &ValueErrorType, "%s() iterable argument is empty", fname);
done:
    gc_root_reset(t, mark);
    return r;
}

static Value bi_min(NATIVE_ARGS) { return min_max(t, "min", args, nargs, kwnames, CMP_LT); }
static Value bi_max(NATIVE_ARGS) { return min_max(t, "max", args, nargs, kwnames, CMP_GT); }

/* ------------------------------------------------------------------ */
/* Types and attributes                                                */

static bool is_type(Value v)
{
    return val_is_obj(v) && val_isinstance(v, &TypeType);
}

/* isinstance(obj, classinfo) (instance) or issubclass(obj, classinfo)
 * against a type or a (nested) tuple of types; a metaclass may decide
 * through __instancecheck__ / __subclasscheck__.  Returns 1, 0, or -1
 * with an exception set. */
static int check_class(Thread *t, Value obj, Value classinfo, bool instance, int depth)
{
    if (tuple_check(classinfo) && depth < 1000) {
        TupleObj *tup = TUPLE(classinfo);
        for (size_t i = 0; i < tup->len; i++) {
            int r = check_class(t, obj, tup->items[i], instance, depth + 1);
            if (r != 0) return r;
        }
        return 0;
    }
    if (val_is_type(classinfo, &UnionType))
        return check_class(t, obj, val_from_obj(alias_union_args(classinfo)), instance, depth + 1);
    if (val_is_type(classinfo, &GenericAliasType)) {
        exc_raise(t, &TypeErrorType, "%s() argument 2 cannot be a parameterized generic",
                  instance ? "isinstance" : "issubclass");
        return -1;
    }
    TypeObj *meta = val_type(classinfo);
    bool a_type = is_type(classinfo);
    if (a_type && instance && val_type(obj) == (TypeObj *)val_as_obj(classinfo)) return 1;
    /* The hook is looked up on classinfo's class, so any object whose
     * class defines it may stand for a class (typing's aliases do). */
    if (meta->flags & TYPE_HEAPTYPE) {
        StrObj *hook = str_intern(t, instance ? "__instancecheck__" : "__subclasscheck__");
        Value f = hook ? type_lookup(meta, hook) : VAL_ERROR;
        if (f == VAL_ERROR) return -1;
        if (val_is_type(f, &FunctionType)) {
            Value r = op_call_as_method(t, f, classinfo, &obj, 1, NULL);
            return r == VAL_ERROR ? -1 : op_truth(t, r);
        }
    }
    if (!a_type) {
        exc_raise(t, &TypeErrorType, instance
                  ? "isinstance() arg 2 must be a type, a tuple of types, or a union"
                  : "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    TypeObj *cls = (TypeObj *)val_as_obj(classinfo);
    if (instance) return type_is_subtype(val_type(obj), cls);
    if (!is_type(obj)) {
        exc_raise(t, &TypeErrorType, "issubclass() arg 1 must be a class");
        return -1;
    }
    return type_is_subtype((TypeObj *)val_as_obj(obj), cls);
}

static Value bi_isinstance(NATIVE_ARGS)
{
    if (arg_no_kw(t, "isinstance", kwnames) < 0 || arg_count(t, "isinstance", nargs, 2, 2) < 0)
        return VAL_ERROR;
    int r = check_class(t, args[0], args[1], true, 0);
    return r < 0 ? VAL_ERROR : val_from_bool(r);
}

static Value bi_issubclass(NATIVE_ARGS)
{
    if (arg_no_kw(t, "issubclass", kwnames) < 0 || arg_count(t, "issubclass", nargs, 2, 2) < 0)
        return VAL_ERROR;
    int r = check_class(t, args[0], args[1], false, 0);
    return r < 0 ? VAL_ERROR : val_from_bool(r);
}

static Value bi_hasattr(NATIVE_ARGS)
{
    if (arg_no_kw(t, "hasattr", kwnames) < 0 || arg_count(t, "hasattr", nargs, 2, 2) < 0)
        return VAL_ERROR;
    StrObj *name = attr_name(t, args[1]);
    if (!name) return VAL_ERROR;
    Value v = op_getattr_opt(t, args[0], name);
    return v == VAL_ERROR ? v : val_from_bool(v != VAL_UNBOUND);
}

static Value bi_getattr(NATIVE_ARGS)
{
    if (arg_no_kw(t, "getattr", kwnames) < 0 || arg_count(t, "getattr", nargs, 2, 3) < 0)
        return VAL_ERROR;
    StrObj *name = attr_name(t, args[1]);
    if (!name) return VAL_ERROR;
    if (nargs == 2) return op_getattr(t, args[0], name);
    Value v = op_getattr_opt(t, args[0], name);
    return v == VAL_UNBOUND ? args[2] : v;
}

static Value bi_setattr(NATIVE_ARGS)
{
    if (arg_no_kw(t, "setattr", kwnames) < 0 || arg_count(t, "setattr", nargs, 3, 3) < 0)
        return VAL_ERROR;
    StrObj *name = attr_name(t, args[1]);
    if (!name) return VAL_ERROR;
    return op_setattr(t, args[0], name, args[2]) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value bi_delattr(NATIVE_ARGS)
{
    if (arg_no_kw(t, "delattr", kwnames) < 0 || arg_count(t, "delattr", nargs, 2, 2) < 0)
        return VAL_ERROR;
    StrObj *name = attr_name(t, args[1]);
    if (!name) return VAL_ERROR;
    return op_delattr(t, args[0], name) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value bi_vars(NATIVE_ARGS)
{
    if (arg_no_kw(t, "vars", kwnames) < 0 || arg_count(t, "vars", nargs, 0, 1) < 0)
        return VAL_ERROR;
    if (nargs == 0) return vm_locals(t);
    Value v = args[0];
    if (is_type(v)) return val_from_obj(((TypeObj *)val_as_obj(v))->dict);
    DictObj **slot = obj_dict_slot(v);
    if (slot) {
        if (!*slot) {
            Value d = dict_new(t);
            if (d == VAL_ERROR) return VAL_ERROR;
            *slot = DICT(d);
        }
        return val_from_obj(*slot);
    }
    Value d = op_getattr_opt(t, v, NAME(t, dict));
    if (d == VAL_UNBOUND)
        return exc_raise(t, &TypeErrorType, "vars() argument must have __dict__ attribute");
    return d;
}

static int add_keys(Thread *t, DictObj *into, DictObj *from)
{
    size_t pos = 0;
    Value k, v;
    while (from && dict_next(from, &pos, &k, &v))
        if (dict_set(t, into, k, VAL_NONE) < 0) return -1;
    return 0;
}

static int add_mro_keys(Thread *t, DictObj *into, TypeObj *tp)
{
    TupleObj *mro = tp->mro;
    for (size_t i = 0; mro && i < mro->len; i++)
        if (add_keys(t, into, ((TypeObj *)val_as_obj(mro->items[i]))->dict) < 0) return -1;
    return 0;
}

/* A sorted list of the keys of a mapping (dir() without an argument) or
 * of the names an object has. */
static Value sorted_keys(Thread *t, Value keys)
{
    Value list = list_from_iterable(t, keys);
    if (list == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, list);
    int r = list_sort(t, list, VAL_NONE, false);
    gc_pop_roots(t, 1);
    return r < 0 ? VAL_ERROR : list;
}

static Value bi_dir(NATIVE_ARGS)
{
    if (arg_no_kw(t, "dir", kwnames) < 0 || arg_count(t, "dir", nargs, 0, 1) < 0)
        return VAL_ERROR;
    if (nargs == 0) {
        Value loc = vm_locals(t);
        if (loc == VAL_ERROR) return VAL_ERROR;
        gc_push_root(t, loc);
        Value r = sorted_keys(t, loc);
        gc_pop_roots(t, 1);
        return r;
    }
    Value v = args[0];
    TypeObj *tp = val_type(v);
    StrObj *dir_name = str_intern(t, "__dir__");
    if (!dir_name) return VAL_ERROR;
    Value custom = type_lookup(tp, dir_name);
    if (val_is_type(custom, &FunctionType)) {
        Value r = op_call1(t, custom, v);
        if (r == VAL_ERROR) return VAL_ERROR;
        gc_push_root(t, r);
        Value s = sorted_keys(t, r);
        gc_pop_roots(t, 1);
        return s;
    }
    Value names = dict_new(t);
    if (names == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, names);
    int ok;
    if (module_check(v)) {
        ok = add_keys(t, DICT(names), module_dict(v));
    } else if (is_type(v)) {
        ok = add_mro_keys(t, DICT(names), (TypeObj *)val_as_obj(v));
    } else {
        DictObj **slot = obj_dict_slot(v);
        ok = add_keys(t, DICT(names), slot ? *slot : NULL);
        if (ok == 0) ok = add_mro_keys(t, DICT(names), tp);
    }
    Value r = ok < 0 ? VAL_ERROR : sorted_keys(t, names);
    gc_pop_roots(t, 1);
    return r;
}

static Value bi_globals(NATIVE_ARGS)
{
    (void)args;
    if (arg_no_kw(t, "globals", kwnames) < 0 || arg_count(t, "globals", nargs, 0, 0) < 0)
        return VAL_ERROR;
    return val_from_obj(vm_globals(t));
}

static Value bi_locals(NATIVE_ARGS)
{
    (void)args;
    if (arg_no_kw(t, "locals", kwnames) < 0 || arg_count(t, "locals", nargs, 0, 0) < 0)
        return VAL_ERROR;
    return vm_locals(t);
}

/* The code object for eval/exec/compile's source argument. */
static Value source_code(Thread *t, const char *fname, Value src, ParseMode mode)
{
    if (val_is_type(src, &CodeType)) return src;
    if (str_check(src)) return compile_source(t, str_cstr(src), STR(src)->len, "<string>", mode);
    if (bytes_check(src))
        return compile_source(t, (const char *)BYTES(src)->data, BYTES(src)->len, "<string>", mode);
    return exc_raise(t, &TypeErrorType, "%s() arg 1 must be a string, bytes or code object", fname);
}

/* eval() and exec(): code runs with `globals` as its namespace (a
 * separate locals mapping is accepted only when it is the same dict). */
static Value run_source(Thread *t, const char *fname, Value *args, int nargs, TupleObj *kwnames,
                        ParseMode mode)
{
    Value a[3];
    if (arg_parse(t, fname, args, nargs, kwnames, "source|globals,locals", a) < 0) return VAL_ERROR;
    DictObj *globals = vm_globals(t);
    if (a[1] != VAL_UNBOUND && a[1] != VAL_NONE) {
        if (!dict_check(a[1]))
            return exc_raise(t, &TypeErrorType, "%s() globals must be a dict, not %T", fname, a[1]);
        globals = DICT(a[1]);
        if (dict_get_str(globals, NAME(t, builtins)) == VAL_UNBOUND
            && dict_set_cstr(t, globals, "__builtins__", val_from_obj(t->interp->builtins)) < 0)
            return VAL_ERROR;
    }
    if (a[2] != VAL_UNBOUND && a[2] != VAL_NONE && a[2] != val_from_obj(globals))
        return exc_raise(t, &NotImplementedErrorType, "%s() with a separate locals mapping is not supported", fname);
    Value code = source_code(t, fname, a[0], mode);
    if (code == VAL_ERROR) return code;
    gc_push_root(t, code);
    Value r = vm_run_module(t, (CodeObj *)val_as_obj(code), globals);
    gc_pop_roots(t, 1);
    if (r == VAL_ERROR) return r;
    return mode == PARSE_EVAL ? r : VAL_NONE;
}

static Value bi_eval(NATIVE_ARGS)
{
    return run_source(t, "eval", args, nargs, kwnames, PARSE_EVAL);
}

static Value bi_exec(NATIVE_ARGS)
{
    return run_source(t, "exec", args, nargs, kwnames, PARSE_FILE);
}

static Value bi_compile(NATIVE_ARGS)
{
    Value a[3];
    if (arg_parse(t, "compile", args, nargs, kwnames, "source,filename,mode", a) < 0) return VAL_ERROR;
    if (!str_check(a[1]) || !str_check(a[2]))
        return exc_raise(t, &TypeErrorType, "compile() filename and mode must be str");
    const char *m = str_cstr(a[2]);
    ParseMode mode = strcmp(m, "exec") == 0 ? PARSE_FILE : strcmp(m, "eval") == 0 ? PARSE_EVAL
                   : strcmp(m, "single") == 0 ? PARSE_INTERACTIVE : (ParseMode)-1;
    if ((int)mode < 0)
        return exc_raise(t, &ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'");
    if (val_is_type(a[0], &CodeType)) return a[0];
    if (!str_check(a[0]))
        return exc_raise(t, &TypeErrorType, "compile() arg 1 must be a string, bytes or AST object");
    return compile_source(t, str_cstr(a[0]), STR(a[0])->len, str_cstr(a[1]), mode);
}

static Value bi_build_class(NATIVE_ARGS)
{
    return class_build(t, args, nargs, kwnames);
}

static Value bi_exit(NATIVE_ARGS)
{
    Value a[1];
    if (arg_parse(t, "exit", args, nargs, kwnames, "|code", a) < 0) return VAL_ERROR;
    Value e = exc_new(t, &SystemExitType, a, a[0] == VAL_UNBOUND ? 0 : 1);
    return e == VAL_ERROR ? e : exc_raise_obj(t, e);
}

static const MethodDef builtin_functions[] = {
    {"print", bi_print, 0},
    {"input", bi_input, 0},
    {"len", bi_len, 0},
    {"repr", bi_repr, 0},
    {"ascii", bi_ascii, 0},
    {"hash", bi_hash, 0},
    {"id", bi_id, 0},
    {"callable", bi_callable, 0},
    {"chr", bi_chr, 0},
    {"ord", bi_ord, 0},
    {"hex", bi_hex, 0},
    {"oct", bi_oct, 0},
    {"bin", bi_bin, 0},
    {"format", bi_format, 0},
    {"abs", bi_abs, 0},
    {"round", bi_round, 0},
    {"divmod", bi_divmod, 0},
    {"pow", bi_pow, 0},
    {"sum", bi_sum, 0},
    {"iter", bi_iter, 0},
    {"next", bi_next, 0},
    {"aiter", bi_aiter, 0},
    {"anext", bi_anext, 0},
    {"any", bi_any, 0},
    {"all", bi_all, 0},
    {"sorted", bi_sorted, 0},
    {"min", bi_min, 0},
    {"max", bi_max, 0},
    {"isinstance", bi_isinstance, 0},
    {"issubclass", bi_issubclass, 0},
    {"hasattr", bi_hasattr, 0},
    {"getattr", bi_getattr, 0},
    {"setattr", bi_setattr, 0},
    {"delattr", bi_delattr, 0},
    {"vars", bi_vars, 0},
    {"dir", bi_dir, 0},
    {"globals", bi_globals, 0},
    {"locals", bi_locals, 0},
    {"eval", bi_eval, 0},
    {"exec", bi_exec, 0},
    {"compile", bi_compile, 0},
    {"open", file_open, 0},
    {"exit", bi_exit, 0},
    {"quit", bi_exit, 0},
    {"__build_class__", bi_build_class, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* The module                                                          */

static const struct {
    const char *name;
    TypeObj *type;
} builtin_types[] = {
    {"object", &ObjectType}, {"type", &TypeType}, {"int", &IntType}, {"float", &FloatType},
    {"bool", &BoolType}, {"str", &StrType}, {"bytes", &BytesType}, {"bytearray", &BytearrayType}, {"list", &ListType},
    {"tuple", &TupleType}, {"dict", &DictType}, {"set", &SetType},
    {"frozenset", &FrozenSetType}, {"range", &RangeType}, {"slice", &SliceType},
    {"enumerate", &EnumerateType}, {"zip", &ZipType}, {"map", &MapType},
    {"filter", &FilterType}, {"reversed", &ReversedType}, {"super", &SuperType},
    {"property", &PropertyType}, {"classmethod", &ClassMethodType},
    {"staticmethod", &StaticMethodType},
};

Value builtins_init(Thread *t)
{
    Value m = module_new(t, "builtins");
    if (m == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, m);
    Value r = VAL_ERROR;
    if (exc_init_types(t) < 0) goto done;
    if (module_add_functions(t, m, builtin_functions) < 0) goto done;
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++)
        if (module_add(t, m, builtin_types[i].name, val_from_obj(builtin_types[i].type)) < 0)
            goto done;
#define X(c, py, base) if (module_add(t, m, py, val_from_obj(&c##Type)) < 0) goto done;
    EXC_LIST(X)
#undef X
    /* The old names of OSError. */
    if (module_add(t, m, "EnvironmentError", val_from_obj(&OSErrorType)) < 0
        || module_add(t, m, "IOError", val_from_obj(&OSErrorType)) < 0)
        goto done;
    if (module_add(t, m, "None", VAL_NONE) < 0 || module_add(t, m, "True", VAL_TRUE) < 0
        || module_add(t, m, "False", VAL_FALSE) < 0
        || module_add(t, m, "NotImplemented", VAL_NOTIMPL) < 0
        || module_add(t, m, "Ellipsis", VAL_ELLIPSIS) < 0
        || module_add(t, m, "__debug__", VAL_TRUE) < 0)
        goto done;
    r = m;
done:
    gc_pop_roots(t, 1);
    return r;
}
