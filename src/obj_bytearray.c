/*
 * obj_bytearray.c -- bytearray (obj_bytearray.h): the type's slots, its
 * mutating methods and its iterator.  The methods it shares with bytes
 * run bytes' own code on a bytes copy of self, and their bytes results
 * come back as bytearrays.
 */
#include "obj_bytearray.h"
#include "obj_str.h"
#include "obj_int.h"
#include "obj_float.h"
#include "obj_list.h"
#include "obj_range.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "ops.h"
#include "strbuf.h"

/* Room for at least n bytes; grows by half again to keep appends cheap. */
static int reserve(Thread *t, BytearrayObj *b, size_t n)
{
    if (n <= b->cap) return 0;
    if (n > (SIZE_MAX >> 2)) {
        exc_no_memory(t);
        return -1;
    }
    size_t cap = b->cap + b->cap / 2;
    if (cap < n) cap = n;
    if (cap < 16) cap = 16;
    unsigned char *p = mem_realloc(t, b->data, b->cap, cap);
    if (!p) return -1;
    b->data = p;
    b->cap = cap;
    return 0;
}

static void bytearray_finalize(GC *gc, Obj *o)
{
    BytearrayObj *b = (BytearrayObj *)o;
    if (b->data) mem_free(gc, b->data, b->cap);
    b->data = NULL;
    b->cap = b->len = 0;
}

Value bytearray_new(Thread *t, const void *data, size_t len)
{
    BytearrayObj *b = gc_alloc(t, &BytearrayType, sizeof(BytearrayObj));
    if (!b) return VAL_ERROR;
    if (len) {
        gc_push_root(t, val_from_obj(b));
        int r = reserve(t, b, len);
        gc_pop_roots(t, 1);
        if (r < 0) return VAL_ERROR;
        memcpy(b->data, data, len);
        b->len = len;
    }
    return val_from_obj(b);
}

/* Replace bytes [from, to) of b with len bytes at src (not inside b). */
static int splice(Thread *t, BytearrayObj *b, size_t from, size_t to, const void *src, size_t len)
{
    size_t newlen = b->len - (to - from) + len;
    if (reserve(t, b, newlen) < 0) return -1;
    if (b->len > to) memmove(b->data + from + len, b->data + to, b->len - to);
    if (len) memcpy(b->data + from, src, len);
    b->len = newlen;
    return 0;
}

/* An int 0..255; "byte must be in range(0, 256)" otherwise. */
static int byte_arg(Thread *t, Value v, unsigned char *out)
{
    int64_t i;
    if (op_index(t, v, &i) < 0) return -1;
    if (i < 0 || i > 255) {
        exc_raise(t, &ValueErrorType, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)i;
    return 0;
}

/* Appends the ints of iterable to out (left to free by the caller). */
static int collect_ints(Thread *t, Value iterable, StrBuf *out)
{
    Value it = op_iter(t, iterable);
    if (it == VAL_ERROR) return -1;
    gc_push_root(t, it);
    int r = 0;
    for (;;) {
        Value item = op_next(t, it);
        if (item == VAL_UNBOUND) break;
        unsigned char c;
        if (item == VAL_ERROR || byte_arg(t, item, &c) < 0) {
            r = -1;
            break;
        }
        strbuf_putc(out, (char)c);
    }
    gc_pop_roots(t, 1);
    return r;
}

/* The bytes of v, a bytes-like object or an iterable of ints, copied to
 * out (so that v may be self).  what names the type for the error. */
static int bytes_of(Thread *t, Value v, StrBuf *out, const char *what)
{
    const unsigned char *d;
    size_t n;
    if (bytes_like(v, &d, &n)) {
        strbuf_append(out, (const char *)d, n);
        return 0;
    }
    if (!val_type(v)->iter && !val_type(v)->getitem) {
        exc_raise(t, &TypeErrorType, "cannot convert '%s' object to %s", type_name(val_type(v)), what);
        return -1;
    }
    return collect_ints(t, v, out);
}

static Value bytearray_tp_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)cls;
    Value a[3];
    if (arg_parse(t, "bytearray", args, nargs, kwnames, "|source,encoding,errors", a) < 0) return VAL_ERROR;
    Value src = a[0];
    if (src == VAL_UNBOUND) return bytearray_new(t, "", 0);
    if (str_check(src)) {
        if (a[1] == VAL_UNBOUND) return exc_raise(t, &TypeErrorType, "string argument without an encoding");
        for (int i = 1; i <= 2; i++)
            if (a[i] != VAL_UNBOUND && !str_check(a[i]))
                return exc_raise(t, &TypeErrorType, "bytearray() argument '%s' must be str, not %N",
                                 i == 1 ? "encoding" : "errors", a[i]);
        Value b = str_encode(t, src, a[1], a[2]);
        if (b == VAL_ERROR) return b;
        gc_push_root(t, b);
        Value r = bytearray_new(t, BYTES(b)->data, BYTES(b)->len);
        gc_pop_roots(t, 1);
        return r;
    }
    if (a[1] != VAL_UNBOUND || a[2] != VAL_UNBOUND)
        return exc_raise(t, &TypeErrorType, a[1] != VAL_UNBOUND ? "encoding without a string argument"
                                                                 : "errors without a string argument");
    if (int_check(src)) {
        int64_t n;
        if (op_index(t, src, &n) < 0) return VAL_ERROR;
        if (n < 0) return exc_raise(t, &ValueErrorType, "negative count");
        Value r = bytearray_new(t, "", 0);
        if (r == VAL_ERROR) return r;
        gc_push_root(t, r);
        int ok = reserve(t, BYTEARRAY(r), (size_t)n);
        gc_pop_roots(t, 1);
        if (ok < 0) return VAL_ERROR;
        if (n) memset(BYTEARRAY(r)->data, 0, (size_t)n);
        BYTEARRAY(r)->len = (size_t)n;
        return r;
    }
    StrBuf buf;
    strbuf_init(&buf);
    if (bytes_of(t, src, &buf, "bytearray") < 0) {
        strbuf_free(&buf);
        return VAL_ERROR;
    }
    Value r = bytearray_new(t, buf.data, buf.len);
    strbuf_free(&buf);
    return r;
}

static Value bytearray_repr(Thread *t, Value self)
{
    BytearrayObj *b = BYTEARRAY(self);
    /* CPython escapes ' in a bytearray's repr even inside "..." */
    return bytes_repr_data(t, "bytearray(", b->data ? b->data : (const unsigned char *)"", b->len, ")", true);
}

static int bytearray_truth(Thread *t, Value self)
{
    (void)t;
    return BYTEARRAY(self)->len != 0;
}

static int64_t bytearray_len(Thread *t, Value self)
{
    (void)t;
    return (int64_t)BYTEARRAY(self)->len;
}

/* self + other (a new bytearray), or self += other when in_place. */
static Value concat(Thread *t, Value self, Value other, bool in_place)
{
    const unsigned char *d;
    size_t n;
    if (!bytes_like(other, &d, &n))
        return exc_raise(t, &TypeErrorType, "can't concat %s to bytearray", type_name(val_type(other)));
    Value r = self;
    if (!in_place) {
        r = bytearray_new(t, BYTEARRAY(self)->data, BYTEARRAY(self)->len);
        if (r == VAL_ERROR) return r;
    }
    /* other may be self: copy it first */
    StrBuf copy;
    strbuf_init(&copy);
    bytes_like(other, &d, &n);
    strbuf_append(&copy, (const char *)d, n);
    gc_push_root(t, r);
    BytearrayObj *b = BYTEARRAY(r);
    int ok = splice(t, b, b->len, b->len, copy.data, copy.len);
    gc_pop_roots(t, 1);
    strbuf_free(&copy);
    return ok < 0 ? VAL_ERROR : r;
}

/* self * n (a new bytearray), or self *= n when in_place. */
static Value repeat(Thread *t, Value self, Value count, bool in_place)
{
    int64_t n;
    if (op_index(t, count, &n) < 0) return VAL_ERROR;
    BytearrayObj *b = BYTEARRAY(self);
    size_t len = b->len;
    if (n < 0) n = 0;
    if (len && (uint64_t)n > (uint64_t)PTRDIFF_MAX / len) return exc_no_memory(t);
    Value r = in_place ? self : bytearray_new(t, b->data, len);
    if (r == VAL_ERROR) return r;
    BytearrayObj *out = BYTEARRAY(r);
    size_t total = len * (size_t)n;
    gc_push_root(t, r);
    int ok = reserve(t, out, total);
    gc_pop_roots(t, 1);
    if (ok < 0) return VAL_ERROR;
    for (size_t k = len; k < total; k += len) memcpy(out->data + k, out->data, len);
    out->len = total;
    return r;
}

static Value numeric_operand_error(Thread *t, Value n)
{
    if (val_type(n)->flags & TYPE_HEAPTYPE) return VAL_NOTIMPL;
    return exc_raise(t, &TypeErrorType, "can't multiply sequence by non-int of type '%s'", type_name(val_type(n)));
}

static Value bytearray_binary(Thread *t, BinOp op, Value a, Value b)
{
    bool left = bytearray_check(a);
    if (op == BINOP_ADD) {
        if (!left) return VAL_NOTIMPL;
        if (!bytes_check(b) && !bytearray_check(b) && (val_type(b)->flags & TYPE_HEAPTYPE)) return VAL_NOTIMPL;
        return concat(t, a, b, false);
    }
    if (op == BINOP_MUL) {
        Value s = left ? a : b, n = left ? b : a;
        return int_check(n) ? repeat(t, s, n, false) : numeric_operand_error(t, n);
    }
    return VAL_NOTIMPL;
}

static Value bytearray_inplace(Thread *t, BinOp op, Value a, Value b)
{
    if (op == BINOP_ADD) return concat(t, a, b, true);
    if (op == BINOP_MUL) return int_check(b) ? repeat(t, a, b, true) : numeric_operand_error(t, b);
    return VAL_NOTIMPL;
}

static Value bytearray_compare(Thread *t, CmpOp op, Value a, Value b)
{
    (void)t;
    const unsigned char *x, *y;
    size_t xl, yl;
    if (!bytes_like(a, &x, &xl) || !bytes_like(b, &y, &yl)) return VAL_NOTIMPL;
    int c = memcmp(x, y, xl < yl ? xl : yl);
    if (c == 0) c = xl < yl ? -1 : xl > yl;
    switch (op) {
    case CMP_LT: return val_from_bool(c < 0);
    case CMP_LE: return val_from_bool(c <= 0);
    case CMP_EQ: return val_from_bool(c == 0);
    case CMP_NE: return val_from_bool(c != 0);
    case CMP_GT: return val_from_bool(c > 0);
    default: return val_from_bool(c >= 0);
    }
}

static int index_arg(Thread *t, BytearrayObj *b, Value key, int64_t *out)
{
    int64_t i;
    if (op_index(t, key, &i) < 0) return -1;
    if (i < 0) i += (int64_t)b->len;
    if (i < 0 || i >= (int64_t)b->len) {
        exc_raise(t, &IndexErrorType, "bytearray index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

static Value bytearray_getitem(Thread *t, Value self, Value key)
{
    BytearrayObj *b = BYTEARRAY(self);
    if (int_check(key)) {
        int64_t i;
        if (index_arg(t, b, key, &i) < 0) return VAL_ERROR;
        return val_from_small(b->data[i]);
    }
    if (val_is_type(key, &SliceType)) {
        int64_t start, stop, step, n;
        if (slice_indices(t, key, (int64_t)b->len, &start, &stop, &step, &n) < 0) return VAL_ERROR;
        if (n <= 0) return bytearray_new(t, "", 0);
        if (step == 1) return bytearray_new(t, b->data + start, (size_t)n);
        StrBuf buf;
        strbuf_init(&buf);
        for (int64_t i = 0; i < n; i++) strbuf_putc(&buf, (char)b->data[start + i * step]);
        Value r = bytearray_new(t, buf.data, buf.len);
        strbuf_free(&buf);
        return r;
    }
    return exc_raise(t, &TypeErrorType, "bytearray indices must be integers or slices, not %s",
                     type_name(val_type(key)));
}

/* del self[slice] */
static int delete_slice(Thread *t, BytearrayObj *b, int64_t start, int64_t step, int64_t n)
{
    if (n <= 0) return 0;
    if (step == 1) return splice(t, b, (size_t)start, (size_t)(start + n), NULL, 0);
    if (step < 0) {             /* the same positions, walked forwards */
        start += (n - 1) * step;
        step = -step;
    }
    size_t to = (size_t)start;
    for (size_t from = (size_t)start; from < b->len; from++)
        if (from > (size_t)(start + (n - 1) * step) || (from - (size_t)start) % (size_t)step != 0)
            b->data[to++] = b->data[from];
    b->len = to;
    return 0;
}

static int assign_slice(Thread *t, BytearrayObj *b, Value key, Value value)
{
    int64_t start, stop, step, n;
    if (slice_indices(t, key, (int64_t)b->len, &start, &stop, &step, &n) < 0) return -1;
    if (n < 0) n = 0;
    if (value == VAL_UNBOUND) return delete_slice(t, b, start, step, n);
    /* numbers and str, though iterable or convertible, are refused outright */
    if (int_check(value) || float_check(value) || str_check(value)) {
        exc_raise(t, &TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    StrBuf src;
    strbuf_init(&src);
    int r = bytes_of(t, value, &src, "bytearray");
    if (r == 0 && step == 1) {
        r = splice(t, b, (size_t)start, (size_t)(start + n), src.data, src.len);
    } else if (r == 0 && (int64_t)src.len != n) {
        exc_raise(t, &ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d",
                  (int)src.len, (int)n);
        r = -1;
    } else if (r == 0) {
        for (int64_t i = 0; i < n; i++) b->data[start + i * step] = (unsigned char)src.data[i];
    }
    strbuf_free(&src);
    return r;
}

static int bytearray_setitem(Thread *t, Value self, Value key, Value value)
{
    BytearrayObj *b = BYTEARRAY(self);
    if (val_is_type(key, &SliceType)) return assign_slice(t, b, key, value);
    if (!int_check(key)) {
        exc_raise(t, &TypeErrorType, "bytearray indices must be integers or slices, not %s",
                  type_name(val_type(key)));
        return -1;
    }
    int64_t i;
    if (index_arg(t, b, key, &i) < 0) return -1;
    if (value == VAL_UNBOUND) return splice(t, b, (size_t)i, (size_t)i + 1, NULL, 0);
    unsigned char c;
    if (byte_arg(t, value, &c) < 0) return -1;
    b->data[i] = c;
    return 0;
}

static int bytearray_contains(Thread *t, Value self, Value item)
{
    BytearrayObj *b = BYTEARRAY(self);
    const unsigned char *n;
    size_t nl;
    unsigned char byte;
    if (int_check(item)) {
        if (byte_arg(t, item, &byte) < 0) return -1;
        n = &byte;
        nl = 1;
    } else if (!bytes_like(item, &n, &nl)) {
        exc_raise(t, &TypeErrorType, "a bytes-like object is required, not '%s'", type_name(val_type(item)));
        return -1;
    }
    return b->len >= nl && (nl == 0 || mem_search(b->data, b->len, n, nl) != NULL);
}

/* ------------------------------------------------------------------ */
/* Mutating methods */

/* No keywords and at most max arguments, in CPython's words. */
static int optional_args(Thread *t, const char *name, int nargs, TupleObj *kwnames, int max)
{
    return str_method_args(t, "bytearray", name, nargs - 1, kwnames, 0, max, max == 0 ? ARGS_NONE : ARGS_EXPECTED);
}

static Value ba_append(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "bytearray", "append", nargs - 1, kwnames, 1, 1, ARGS_ONE) < 0) return VAL_ERROR;
    unsigned char c;
    if (byte_arg(t, args[1], &c) < 0) return VAL_ERROR;
    BytearrayObj *b = BYTEARRAY(args[0]);
    if (splice(t, b, b->len, b->len, &c, 1) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value ba_extend(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "bytearray", "extend", nargs - 1, kwnames, 1, 1, ARGS_ONE) < 0) return VAL_ERROR;
    Value v = args[1];
    if (!bytes_check(v) && !bytearray_check(v) && !val_type(v)->iter && !val_type(v)->getitem)
        return exc_raise(t, &TypeErrorType, "can't extend bytearray with %s", type_name(val_type(v)));
    StrBuf src;
    strbuf_init(&src);
    BytearrayObj *b = BYTEARRAY(args[0]);
    int r = bytes_of(t, v, &src, "bytearray");
    if (r == 0) r = splice(t, b, b->len, b->len, src.data, src.len);
    strbuf_free(&src);
    return r < 0 ? VAL_ERROR : VAL_NONE;
}

static Value ba_insert(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    /* only the keyword check: the count has its own wording */
    if (str_method_args(t, "bytearray", "insert", nargs - 1, kwnames, 0, nargs - 1, ARGS_EXPECTED) < 0)
        return VAL_ERROR;
    if (nargs != 3) return exc_raise(t, &TypeErrorType, "insert expected 2 arguments, got %d", nargs - 1);
    BytearrayObj *b = BYTEARRAY(args[0]);
    int64_t i, n = (int64_t)b->len;
    unsigned char c;
    if (op_index(t, args[1], &i) < 0 || byte_arg(t, args[2], &c) < 0) return VAL_ERROR;
    if (i < 0 && (i += n) < 0) i = 0;
    if (i > n) i = n;
    if (splice(t, b, (size_t)i, (size_t)i, &c, 1) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value ba_pop(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (optional_args(t, "pop", nargs, kwnames, 1) < 0) return VAL_ERROR;
    BytearrayObj *b = BYTEARRAY(args[0]);
    int64_t i = -1;
    if (nargs > 1 && op_index(t, args[1], &i) < 0) return VAL_ERROR;
    if (b->len == 0) return exc_raise(t, &IndexErrorType, "pop from empty bytearray");
    if (i < 0) i += (int64_t)b->len;
    if (i < 0 || i >= (int64_t)b->len) return exc_raise(t, &IndexErrorType, "pop index out of range");
    unsigned char c = b->data[i];
    splice(t, b, (size_t)i, (size_t)i + 1, NULL, 0);
    return val_from_small(c);
}

static Value ba_remove(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "bytearray", "remove", nargs - 1, kwnames, 1, 1, ARGS_ONE) < 0) return VAL_ERROR;
    unsigned char c;
    if (byte_arg(t, args[1], &c) < 0) return VAL_ERROR;
    BytearrayObj *b = BYTEARRAY(args[0]);
    unsigned char *hit = b->len ? memchr(b->data, c, b->len) : NULL;
    if (!hit) return exc_raise(t, &ValueErrorType, "value not found in bytearray");
    splice(t, b, (size_t)(hit - b->data), (size_t)(hit - b->data) + 1, NULL, 0);
    return VAL_NONE;
}

static Value ba_clear(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (optional_args(t, "clear", nargs, kwnames, 0) < 0) return VAL_ERROR;
    bytearray_finalize(t->gc, val_as_obj(args[0]));
    return VAL_NONE;
}

static Value ba_copy(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (optional_args(t, "copy", nargs, kwnames, 0) < 0) return VAL_ERROR;
    return bytearray_new(t, BYTEARRAY(args[0])->data, BYTEARRAY(args[0])->len);
}

static Value ba_reverse(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (optional_args(t, "reverse", nargs, kwnames, 0) < 0) return VAL_ERROR;
    BytearrayObj *b = BYTEARRAY(args[0]);
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        unsigned char c = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = c;
    }
    return VAL_NONE;
}

/* ------------------------------------------------------------------ */
/* The methods shared with bytes */

/* v with bytes turned into bytearrays, inside a fresh list or tuple too. */
static Value as_bytearrays(Thread *t, Value v)
{
    if (val_is_type(v, &BytesType)) {
        gc_push_root(t, v);
        Value r = bytearray_new(t, BYTES(v)->data, BYTES(v)->len);
        gc_pop_roots(t, 1);
        return r;
    }
    Value *items;
    size_t n;
    if (val_is_type(v, &ListType)) {
        items = LIST(v)->items;
        n = LIST(v)->len;
    } else if (val_is_type(v, &TupleType)) {
        items = TUPLE(v)->items;
        n = TUPLE(v)->len;
    } else {
        return v;
    }
    gc_push_root(t, v);
    for (size_t i = 0; i < n; i++) {
        if (!val_is_type(items[i], &BytesType)) continue;
        Value b = bytearray_new(t, BYTES(items[i])->data, BYTES(items[i])->len);
        if (b == VAL_ERROR) {
            gc_pop_roots(t, 1);
            return b;
        }
        items[i] = b;
    }
    gc_pop_roots(t, 1);
    return v;
}

/* Runs bytes' method name on bytes copies of the bytearray arguments
 * (self included); convert turns its bytes results into bytearrays. */
static Value shared(Thread *t, const char *name, Value *args, int nargs, TupleObj *kwnames, bool convert)
{
    Value r = bytes_call_on_copies(t, bytes_method(name), args, nargs, kwnames);
    if (r == VAL_ERROR || !convert) return r;
    return as_bytearrays(t, r);
}

#define SHARED(method, convert) \
    static Value ba_##method(Thread *t, Value *args, int nargs, TupleObj *kwnames) \
    { return shared(t, #method, args, nargs, kwnames, convert); }
SHARED(isdigit, false) SHARED(isalpha, false) SHARED(isalnum, false) SHARED(isspace, false)
SHARED(isupper, false) SHARED(islower, false) SHARED(isascii, false) SHARED(istitle, false)
SHARED(decode, false) SHARED(hex, false) SHARED(startswith, false) SHARED(endswith, false)
SHARED(find, false) SHARED(index, false) SHARED(rfind, false) SHARED(rindex, false) SHARED(count, false)
SHARED(maketrans, false) SHARED(fromhex, true) SHARED(partition, true) SHARED(rpartition, true)
SHARED(join, true) SHARED(split, true) SHARED(rsplit, true) SHARED(splitlines, true)
SHARED(strip, true) SHARED(lstrip, true) SHARED(rstrip, true) SHARED(removeprefix, true)
SHARED(removesuffix, true) SHARED(ljust, true) SHARED(rjust, true) SHARED(center, true)
SHARED(zfill, true) SHARED(replace, true) SHARED(upper, true) SHARED(lower, true)
SHARED(capitalize, true) SHARED(swapcase, true) SHARED(title, true) SHARED(expandtabs, true)
SHARED(translate, true)
#undef SHARED

static const MethodDef bytearray_methods[] = {
    {"append", ba_append, 0}, {"extend", ba_extend, 0}, {"insert", ba_insert, 0},
    {"pop", ba_pop, 0}, {"remove", ba_remove, 0}, {"clear", ba_clear, 0},
    {"copy", ba_copy, 0}, {"reverse", ba_reverse, 0},
    {"isdigit", ba_isdigit, 0}, {"isalpha", ba_isalpha, 0}, {"isalnum", ba_isalnum, 0},
    {"isspace", ba_isspace, 0}, {"isupper", ba_isupper, 0}, {"islower", ba_islower, 0},
    {"isascii", ba_isascii, 0}, {"istitle", ba_istitle, 0},
    {"decode", ba_decode, 0}, {"hex", ba_hex, 0}, {"fromhex", ba_fromhex, METH_CLASS},
    {"maketrans", ba_maketrans, METH_STATIC},
    {"startswith", ba_startswith, 0}, {"endswith", ba_endswith, 0},
    {"find", ba_find, 0}, {"index", ba_index, 0}, {"rfind", ba_rfind, 0}, {"rindex", ba_rindex, 0},
    {"count", ba_count, 0}, {"partition", ba_partition, 0}, {"rpartition", ba_rpartition, 0},
    {"join", ba_join, 0}, {"split", ba_split, 0}, {"rsplit", ba_rsplit, 0},
    {"splitlines", ba_splitlines, 0}, {"strip", ba_strip, 0}, {"lstrip", ba_lstrip, 0},
    {"rstrip", ba_rstrip, 0}, {"removeprefix", ba_removeprefix, 0}, {"removesuffix", ba_removesuffix, 0},
    {"ljust", ba_ljust, 0}, {"rjust", ba_rjust, 0}, {"center", ba_center, 0}, {"zfill", ba_zfill, 0},
    {"replace", ba_replace, 0}, {"upper", ba_upper, 0}, {"lower", ba_lower, 0},
    {"capitalize", ba_capitalize, 0}, {"swapcase", ba_swapcase, 0}, {"title", ba_title, 0},
    {"expandtabs", ba_expandtabs, 0}, {"translate", ba_translate, 0},
    {NULL, NULL, 0},
};

static Value bytearray_iter(Thread *t, Value self)
{
    return bytes_iter_over(t, &BytearrayIterType, self);
}

TypeObj BytearrayType = {
    .base = { .type = &TypeType },
    .name = "bytearray",
    .base_type = &ObjectType,
    .instance_size = sizeof(BytearrayObj),
    .finalize = bytearray_finalize,
    .new_ = bytearray_tp_new,
    .repr = bytearray_repr,
    .hash = type_hash_unhashable,
    .truth = bytearray_truth,
    .binary = bytearray_binary,
    .inplace = bytearray_inplace,
    .compare = bytearray_compare,
    .len = bytearray_len,
    .getitem = bytearray_getitem,
    .setitem = bytearray_setitem,
    .contains = bytearray_contains,
    .iter = bytearray_iter,
    .methods = bytearray_methods,
};
