/*
 * obj_bytes.c -- bytes (obj_bytes.h): immutable byte strings, their
 * slots, the methods and the iterator.
 */
#include <ctype.h>
#include <stdio.h>
#include "obj_bytes.h"
#include "obj_bytearray.h"
#include "obj_str.h"
#include "obj_int.h"
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
#include "utf8.h"

/* An uninitialised bytes of len (NUL-terminated). */
static BytesObj *bytes_alloc(Thread *t, size_t len)
{
    if (len > (SIZE_MAX >> 2)) {
        exc_no_memory(t);
        return NULL;
    }
    BytesObj *b = gc_alloc(t, &BytesType, sizeof(BytesObj) + len + 1);
    if (!b) return NULL;
    b->hash = -1;
    b->len = len;
    b->data[len] = 0;
    return b;
}

Value bytes_new(Thread *t, const void *data, size_t len)
{
    BytesObj *b = bytes_alloc(t, len);
    if (!b) return VAL_ERROR;
    if (len) memcpy(b->data, data, len);     /* data may be NULL then */
    return val_from_obj(b);
}

/* Byte range [from, to) of self as bytes (self when it is all of it). */
static Value sub_bytes(Thread *t, Value self, size_t from, size_t to)
{
    BytesObj *b = BYTES(self);
    if (from == 0 && to == b->len && val_is_type(self, &BytesType)) return self;
    return bytes_new(t, b->data + from, to - from);
}

Value bytes_repr(Thread *t, Value v)
{
    return bytes_repr_data(t, "", BYTES(v)->data, BYTES(v)->len, "", false);
}

Value bytes_repr_data(Thread *t, const char *prefix, const unsigned char *data, size_t len, const char *suffix,
                      bool escape_apostrophe)
{
    char quote = '\'';
    if (memchr(data, '\'', len) && !memchr(data, '"', len)) quote = '"';
    StrBuf out;
    strbuf_init(&out);
    strbuf_puts(&out, prefix);
    strbuf_putc(&out, 'b');
    strbuf_putc(&out, quote);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = data[i];
        if (c == (unsigned char)quote || c == '\\' || (escape_apostrophe && c == '\'')) {
            strbuf_putc(&out, '\\');
            strbuf_putc(&out, (char)c);
        } else if (c == '\n') strbuf_puts(&out, "\\n");
        else if (c == '\r') strbuf_puts(&out, "\\r");
        else if (c == '\t') strbuf_puts(&out, "\\t");
        else if (c < 0x20 || c >= 0x7F) strbuf_printf(&out, "\\x%02x", c);
        else strbuf_putc(&out, (char)c);
    }
    strbuf_putc(&out, quote);
    strbuf_puts(&out, suffix);
    return strbuf_finish(t, &out);
}

/* A byte value 0..255 from an int; ValueError otherwise. */
static int byte_value(Thread *t, Value v, const char *msg, unsigned char *out)
{
    int64_t i;
    if (op_index(t, v, &i) < 0) return -1;
    if (i < 0 || i > 255) {
        exc_raise(t, &ValueErrorType, "%s", msg);
        return -1;
    }
    *out = (unsigned char)i;
    return 0;
}

/* bytes(iterable of ints) */
static Value bytes_from_iterable(Thread *t, Value iterable)
{
    Value it = op_iter(t, iterable);
    if (it == VAL_ERROR) return it;
    gc_push_root(t, it);
    StrBuf b;
    strbuf_init(&b);
    for (;;) {
        Value item = op_next(t, it);
        if (item == VAL_UNBOUND) break;
        unsigned char c;
        if (item == VAL_ERROR || byte_value(t, item, "bytes must be in range(0, 256)", &c) < 0) {
            strbuf_free(&b);
            gc_pop_roots(t, 1);
            return VAL_ERROR;
        }
        strbuf_putc(&b, (char)c);
    }
    gc_pop_roots(t, 1);
    return strbuf_finish_bytes(t, &b);
}

static Value bytes_tp_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)cls;
    Value a[3];
    if (arg_parse(t, "bytes", args, nargs, kwnames, "|source,encoding,errors", a) < 0) return VAL_ERROR;
    Value src = a[0];
    if (src == VAL_UNBOUND) return bytes_new(t, "", 0);
    if (str_check(src)) {
        if (a[1] == VAL_UNBOUND) return exc_raise(t, &TypeErrorType, "string argument without an encoding");
        for (int i = 1; i <= 2; i++)
            if (a[i] != VAL_UNBOUND && !str_check(a[i]))
                return exc_raise(t, &TypeErrorType, "bytes() argument '%s' must be str, not %N",
                                 i == 1 ? "encoding" : "errors", a[i]);
        return str_encode(t, src, a[1], a[2]);
    }
    if (a[1] != VAL_UNBOUND || a[2] != VAL_UNBOUND)
        return exc_raise(t, &TypeErrorType, a[1] != VAL_UNBOUND ? "encoding without a string argument"
                                                                 : "errors without a string argument");
    if (bytes_check(src)) return sub_bytes(t, src, 0, BYTES(src)->len);
    if (bytearray_check(src)) return bytes_new(t, BYTEARRAY(src)->data, BYTEARRAY(src)->len);
    if (int_check(src)) {
        int64_t n;
        if (op_index(t, src, &n) < 0) return VAL_ERROR;
        if (n < 0) return exc_raise(t, &ValueErrorType, "negative count");
        BytesObj *b = bytes_alloc(t, (size_t)n);
        if (!b) return VAL_ERROR;
        memset(b->data, 0, (size_t)n);
        return val_from_obj(b);
    }
    if (!val_type(src)->iter && !val_type(src)->getitem)
        return exc_raise(t, &TypeErrorType, "cannot convert '%s' object to bytes", type_name(val_type(src)));
    return bytes_from_iterable(t, src);
}

static int64_t bytes_tp_hash(Thread *t, Value self)
{
    (void)t;
    BytesObj *b = BYTES(self);
    if (b->hash == -1) b->hash = str_hash_bytes(b->data, b->len);
    return b->hash;
}

static int bytes_truth(Thread *t, Value self)
{
    (void)t;
    return BYTES(self)->len != 0;
}

static int64_t bytes_tp_len(Thread *t, Value self)
{
    (void)t;
    return (int64_t)BYTES(self)->len;
}

/* bytes + bytes-like */
static Value bytes_concat(Thread *t, Value a, Value b)
{
    const unsigned char *yd = NULL;
    size_t ylen = 0;
    bytes_like(b, &yd, &ylen);
    if (ylen == 0 && val_is_type(a, &BytesType)) return a;
    if (BYTES(a)->len == 0 && val_is_type(b, &BytesType)) return b;
    gc_push_root(t, a);
    gc_push_root(t, b);
    BytesObj *r = bytes_alloc(t, BYTES(a)->len + ylen);
    gc_pop_roots(t, 2);
    if (!r) return VAL_ERROR;
    bytes_like(b, &yd, &ylen);
    memcpy(r->data, BYTES(a)->data, BYTES(a)->len);
    memcpy(r->data + BYTES(a)->len, yd, ylen);
    return val_from_obj(r);
}

static Value bytes_repeat(Thread *t, Value s, Value count)
{
    int64_t n;
    if (op_index(t, count, &n) < 0) return VAL_ERROR;
    BytesObj *o = BYTES(s);
    if (n <= 0 || o->len == 0) return bytes_new(t, "", 0);
    if ((uint64_t)n > (uint64_t)PTRDIFF_MAX / o->len)
        return exc_raise(t, &OverflowErrorType, "repeated bytes are too long");
    gc_push_root(t, s);
    BytesObj *r = bytes_alloc(t, o->len * (size_t)n);
    gc_pop_roots(t, 1);
    if (!r) return VAL_ERROR;
    for (int64_t i = 0; i < n; i++) memcpy(r->data + (size_t)i * o->len, o->data, o->len);
    return val_from_obj(r);
}

static Value bytes_binary(Thread *t, BinOp op, Value a, Value b)
{
    bool ba = bytes_check(a);
    if (op == BINOP_ADD) {
        if (!ba) return VAL_NOTIMPL;
        if (bytes_check(b) || bytearray_check(b)) return bytes_concat(t, a, b);
        if (val_type(b)->flags & TYPE_HEAPTYPE) return VAL_NOTIMPL;
        return exc_raise(t, &TypeErrorType, "can't concat %s to bytes", type_name(val_type(b)));
    }
    if (op == BINOP_MUL) {
        Value s = ba ? a : b, n = ba ? b : a;
        if (int_check(n)) return bytes_repeat(t, s, n);
        if (val_type(n)->flags & TYPE_HEAPTYPE) return VAL_NOTIMPL;
        return exc_raise(t, &TypeErrorType, "can't multiply sequence by non-int of type '%s'",
                         type_name(val_type(n)));
    }
    return VAL_NOTIMPL;
}

static Value bytes_tp_compare(Thread *t, CmpOp op, Value a, Value b)
{
    (void)t;
    if (!bytes_check(a) || !bytes_check(b)) return VAL_NOTIMPL;
    BytesObj *x = BYTES(a), *y = BYTES(b);
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, n);
    if (c == 0) c = x->len < y->len ? -1 : x->len > y->len;
    switch (op) {
    case CMP_LT: return val_from_bool(c < 0);
    case CMP_LE: return val_from_bool(c <= 0);
    case CMP_EQ: return val_from_bool(c == 0);
    case CMP_NE: return val_from_bool(c != 0);
    case CMP_GT: return val_from_bool(c > 0);
    default: return val_from_bool(c >= 0);
    }
}

static Value bytes_getitem(Thread *t, Value self, Value key)
{
    BytesObj *b = BYTES(self);
    if (int_check(key)) {
        int64_t i;
        if (op_index(t, key, &i) < 0) return VAL_ERROR;
        if (i < 0) i += (int64_t)b->len;
        if (i < 0 || i >= (int64_t)b->len) return exc_raise(t, &IndexErrorType, "index out of range");
        return val_from_small(b->data[i]);
    }
    if (val_is_type(key, &SliceType)) {
        int64_t start, stop, step, n;
        if (slice_indices(t, key, (int64_t)b->len, &start, &stop, &step, &n) < 0) return VAL_ERROR;
        if (n <= 0) return bytes_new(t, "", 0);
        if (step == 1) return sub_bytes(t, self, (size_t)start, (size_t)stop);
        BytesObj *r = bytes_alloc(t, (size_t)n);
        if (!r) return VAL_ERROR;
        for (int64_t i = 0; i < n; i++) r->data[i] = b->data[start + i * step];
        return val_from_obj(r);
    }
    return exc_raise(t, &TypeErrorType, "byte indices must be integers or slices, not %s",
                     type_name(val_type(key)));
}

/* The needle of find/count/index/in: an int byte or a bytes object. */
static int needle_arg(Thread *t, Value v, unsigned char *byte, const unsigned char **data, size_t *len)
{
    if (bytes_like(v, data, len)) return 0;
    if (int_check(v)) {
        if (byte_value(t, v, "byte must be in range(0, 256)", byte) < 0) return -1;
        *data = byte;
        *len = 1;
        return 0;
    }
    exc_raise(t, &TypeErrorType, "argument should be integer or bytes-like object, not '%s'",
              type_name(val_type(v)));
    return -1;
}

static int bytes_contains(Thread *t, Value self, Value item)
{
    if (!bytes_check(item) && !bytearray_check(item) && !int_check(item)) {
        exc_raise(t, &TypeErrorType, "a bytes-like object is required, not '%s'", type_name(val_type(item)));
        return -1;
    }
    unsigned char byte;
    const unsigned char *n;
    size_t nl;
    if (needle_arg(t, item, &byte, &n, &nl) < 0) return -1;
    return mem_search(BYTES(self)->data, BYTES(self)->len, n, nl) != NULL;
}

/* ------------------------------------------------------------------ */
/* Iterator: of bytes and of bytearray; it reads the length at each
 * step, so it sees a bytearray grow or shrink. */

typedef struct {
    Obj base;
    Value seq;
    size_t pos;
} BytesIterObj;

static void bytes_iter_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((BytesIterObj *)o)->seq);
}

Value bytes_iter_over(Thread *t, TypeObj *type, Value seq)
{
    BytesIterObj *it = gc_alloc(t, type, sizeof(BytesIterObj));
    if (!it) return VAL_ERROR;
    it->seq = seq;
    return val_from_obj(it);
}

static Value bytes_iter(Thread *t, Value self)
{
    return bytes_iter_over(t, &BytesIterType, self);
}

static Value bytes_iter_next(Thread *t, Value self)
{
    (void)t;
    BytesIterObj *it = (BytesIterObj *)val_as_obj(self);
    const unsigned char *data = NULL;
    size_t len = 0;
    bytes_like(it->seq, &data, &len);       /* seq is always one of the two */
    if (it->pos >= len) return VAL_UNBOUND;
    return val_from_small(data[it->pos++]);
}

/* ------------------------------------------------------------------ */
/* Methods */

/* "a bytes-like object is required, not 'str'" unless v is bytes. */
static int need_bytes(Thread *t, Value v)
{
    if (bytes_check(v)) return 0;
    exc_raise(t, &TypeErrorType, "a bytes-like object is required, not '%s'", type_name(val_type(v)));
    return -1;
}

static Value bytes_decode(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "decode", args + 1, nargs - 1, kwnames, "|encoding,errors", a) < 0) return VAL_ERROR;
    static const char *const names[] = { "encoding", "errors" };
    for (int i = 0; i < 2; i++)
        if (a[i] != VAL_UNBOUND && !str_check(a[i]))
            return exc_raise(t, &TypeErrorType, "decode() argument '%s' must be str, not %N", names[i], a[i]);
    return str_decode(t, BYTES(args[0])->data, BYTES(args[0])->len, a[0], a[1]);
}

static Value bytes_hex(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    if (arg_parse(t, "hex", args + 1, nargs - 1, kwnames, "|sep", a) < 0) return VAL_ERROR;
    if (a[0] != VAL_UNBOUND && (!str_check(a[0]) || STR(a[0])->nchars != 1)) {
        if (!str_check(a[0]) && !bytes_check(a[0]))
            return exc_raise(t, &TypeErrorType, "object of type '%s' has no len()", type_name(val_type(a[0])));
        return exc_raise(t, &ValueErrorType, "sep must be length 1.");
    }
    BytesObj *b = BYTES(args[0]);
    StrBuf out;
    strbuf_init(&out);
    for (size_t i = 0; i < b->len; i++) {
        if (i && a[0] != VAL_UNBOUND) strbuf_put_str(&out, a[0]);
        strbuf_printf(&out, "%02x", b->data[i]);
    }
    return strbuf_finish(t, &out);
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* bytes.fromhex is a class method: args[0] is the class. */
static Value bytes_fromhex(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "bytes", "fromhex", nargs - 1, kwnames, 1, 1, ARGS_ONE) < 0) return VAL_ERROR;
    if (!str_check(args[1]))
        return exc_raise(t, &TypeErrorType, "fromhex() argument must be str, not %N", args[1]);
    StrObj *s = STR(args[1]);
    StrBuf out;
    strbuf_init(&out);
    size_t i = 0;
    while (i < s->len) {
        if (s->data[i] == ' ') {
            i++;
            continue;
        }
        int hi = hex_digit(s->data[i]);
        int lo = hi < 0 || i + 1 >= s->len ? -1 : hex_digit(s->data[i + 1]);
        if (lo < 0) {
            strbuf_free(&out);
            size_t pos = hi < 0 ? i : i + 1;
            return exc_raise(t, &ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d",
                             (int)utf8_count(s->data, pos));
        }
        strbuf_putc(&out, (char)(hi * 16 + lo));
        i += 2;
    }
    return strbuf_finish_bytes(t, &out);
}

/* Python's clamping of the optional start/end arguments. */
static int range_args(Thread *t, BytesObj *b, Value *args, int nargs, int first, int64_t *start, int64_t *end)
{
    int64_t n = (int64_t)b->len;
    *start = 0;
    *end = n;
    if (nargs > first && str_bound_arg(t, args[first], start) < 0) return -1;
    if (nargs > first + 1 && str_bound_arg(t, args[first + 1], end) < 0) return -1;
    if (*end > n) *end = n;
    else if (*end < 0 && (*end += n) < 0) *end = 0;
    if (*start < 0 && (*start += n) < 0) *start = 0;
    return 0;
}

enum { FIND, INDEX, RFIND, RINDEX, COUNT };

static Value find_impl(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name, int mode)
{
    if (str_method_args(t, "bytes", name, nargs - 1, kwnames, 1, 3, ARGS_TAKES) < 0) return VAL_ERROR;
    BytesObj *b = BYTES(args[0]);
    unsigned char byte;
    const unsigned char *n;
    size_t nl;
    int64_t start, end;
    if (needle_arg(t, args[1], &byte, &n, &nl) < 0) return VAL_ERROR;
    if (range_args(t, b, args, nargs, 2, &start, &end) < 0) return VAL_ERROR;
    bool raise = mode == INDEX || mode == RINDEX;
    if (end - start < (int64_t)nl) {
        if (raise) return exc_raise(t, &ValueErrorType, "subsection not found");
        return val_from_small(mode == COUNT ? 0 : -1);
    }
    const unsigned char *p = b->data + start, *stop = b->data + end;
    if (mode == COUNT) {
        if (nl == 0) return val_from_small(end - start + 1);
        int64_t count = 0;
        while ((p = mem_search(p, (size_t)(stop - p), n, nl)) != NULL) {
            count++;
            p += nl;
        }
        return val_from_small(count);
    }
    const unsigned char *hit = mode == RFIND || mode == RINDEX ? mem_search_back(p, (size_t)(stop - p), n, nl)
                                                                : mem_search(p, (size_t)(stop - p), n, nl);
    if (!hit && raise) return exc_raise(t, &ValueErrorType, "subsection not found");
    return val_from_small(hit ? hit - b->data : -1);
}

static Value bytes_find(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return find_impl(t, args, nargs, kwnames, "find", FIND);
}

static Value bytes_index(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return find_impl(t, args, nargs, kwnames, "index", INDEX);
}

static Value bytes_rfind(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return find_impl(t, args, nargs, kwnames, "rfind", RFIND);
}

static Value bytes_rindex(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return find_impl(t, args, nargs, kwnames, "rindex", RINDEX);
}

static Value bytes_count(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return find_impl(t, args, nargs, kwnames, "count", COUNT);
}

/* partition/rpartition: (before, sep, after); when sep is missing, self
 * and two empty bytes, in the order that keeps self on the searched side. */
static Value partition_impl(Thread *t, Value *args, int nargs, TupleObj *kwnames, bool right)
{
    const char *name = right ? "rpartition" : "partition";
    if (str_method_args(t, "bytes", name, nargs - 1, kwnames, 1, 1, ARGS_ONE) < 0) return VAL_ERROR;
    if (need_bytes(t, args[1]) < 0) return VAL_ERROR;
    Value self = args[0];
    BytesObj *b = BYTES(self), *sep = BYTES(args[1]);
    if (sep->len == 0) return exc_raise(t, &ValueErrorType, "empty separator");
    const unsigned char *hit = right ? mem_search_back(b->data, b->len, sep->data, sep->len)
                                     : mem_search(b->data, b->len, sep->data, sep->len);
    size_t cut = hit ? (size_t)(hit - b->data) : right ? 0 : b->len;
    size_t after = hit ? cut + sep->len : cut;
    Value parts[3];
    uint32_t mark = gc_root_mark(t);
    parts[0] = sub_bytes(t, self, 0, cut);
    if (parts[0] == VAL_ERROR) goto fail;
    gc_push_root(t, parts[0]);
    parts[1] = hit ? sub_bytes(t, args[1], 0, sep->len) : bytes_new(t, "", 0);
    if (parts[1] == VAL_ERROR) goto fail;
    gc_push_root(t, parts[1]);
    parts[2] = sub_bytes(t, self, after, b->len);
    if (parts[2] == VAL_ERROR) goto fail;
    gc_push_root(t, parts[2]);
    Value r = tuple_from_array(t, parts, 3);
    gc_root_reset(t, mark);
    return r;
fail:
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

static Value bytes_partition(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return partition_impl(t, args, nargs, kwnames, false);
}

static Value bytes_rpartition(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return partition_impl(t, args, nargs, kwnames, true);
}

static bool tail_match(BytesObj *b, const unsigned char *sub, size_t len, int64_t start, int64_t end, bool suffix)
{
    if (end - start < (int64_t)len) return false;
    const unsigned char *at = suffix ? b->data + end - len : b->data + start;
    return memcmp(at, sub, len) == 0;
}

static Value starts_impl(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name, bool suffix)
{
    if (str_method_args(t, "bytes", name, nargs - 1, kwnames, 1, 3, ARGS_TAKES) < 0) return VAL_ERROR;
    BytesObj *b = BYTES(args[0]);
    int64_t start, end;
    if (range_args(t, b, args, nargs, 2, &start, &end) < 0) return VAL_ERROR;
    Value x = args[1];
    const unsigned char *sub;
    size_t len;
    if (bytes_like(x, &sub, &len)) return val_from_bool(tail_match(b, sub, len, start, end, suffix));
    if (!tuple_check(x))
        return exc_raise(t, &TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %T", name, x);
    for (size_t i = 0; i < TUPLE(x)->len; i++) {
        Value item = TUPLE(x)->items[i];
        if (!bytes_like(item, &sub, &len)) {
            need_bytes(t, item);    /* raises: item is no bytes */
            return VAL_ERROR;
        }
        if (tail_match(b, sub, len, start, end, suffix)) return VAL_TRUE;
    }
    return VAL_FALSE;
}

static Value bytes_startswith(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return starts_impl(t, args, nargs, kwnames, "startswith", false);
}

static Value bytes_endswith(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return starts_impl(t, args, nargs, kwnames, "endswith", true);
}

static Value bytes_join(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "bytes", "join", nargs - 1, kwnames, 1, 1, ARGS_ONE) < 0) return VAL_ERROR;
    uint32_t mark = gc_root_mark(t);
    Value it = op_iter(t, args[1]);
    if (it == VAL_ERROR) {
        if (exc_matches(t, &TypeErrorType)) {
            exc_clear(t);
            exc_raise(t, &TypeErrorType, "can only join an iterable");
        }
        return VAL_ERROR;
    }
    gc_push_root(t, it);
    BytesObj *sep = BYTES(args[0]);
    StrBuf out;
    strbuf_init(&out);
    for (int i = 0;; i++) {
        Value item = op_next(t, it);
        if (item == VAL_UNBOUND) break;
        if (item == VAL_ERROR) goto fail;
        const unsigned char *d;
        size_t n;
        if (!bytes_like(item, &d, &n)) {
            exc_raise(t, &TypeErrorType, "sequence item %d: expected a bytes-like object, %T found", i, item);
            goto fail;
        }
        if (i) strbuf_append(&out, (const char *)sep->data, sep->len);
        strbuf_append(&out, (const char *)d, n);
    }
    gc_root_reset(t, mark);
    return strbuf_finish_bytes(t, &out);
fail:
    strbuf_free(&out);
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

static bool is_ascii_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* The arguments of split and rsplit: sep (None: runs of whitespace) and
 * maxsplit (INT64_MAX: no limit).  Returns 0, or -1 with the error. */
static int split_args(Thread *t, const char *name, Value *args, int nargs, TupleObj *kwnames,
                      Value *sep, int64_t *maxsplit)
{
    Value a[2];
    if (arg_parse(t, name, args + 1, nargs - 1, kwnames, "|sep,maxsplit", a) < 0) return -1;
    *maxsplit = -1;
    if (a[1] != VAL_UNBOUND && op_index(t, a[1], maxsplit) < 0) return -1;
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    *sep = a[0] == VAL_UNBOUND ? VAL_NONE : a[0];
    if (*sep != VAL_NONE && need_bytes(t, *sep) < 0) return -1;
    if (*sep != VAL_NONE && BYTES(*sep)->len == 0) {
        exc_raise(t, &ValueErrorType, "empty separator");
        return -1;
    }
    return 0;
}

static Value bytes_split(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value sep;
    int64_t maxsplit;
    if (split_args(t, "split", args, nargs, kwnames, &sep, &maxsplit) < 0) return VAL_ERROR;
    Value self = args[0];
    BytesObj *b = BYTES(self);
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    const unsigned char *p = b->data, *end = p + b->len;
    Value piece;
    if (sep == VAL_NONE) {
        for (;;) {
            while (p < end && is_ascii_space(*p)) p++;
            if (p == end) break;
            const unsigned char *word = p;
            if (maxsplit-- == 0) p = end;
            else while (p < end && !is_ascii_space(*p)) p++;
            piece = sub_bytes(t, self, (size_t)(word - b->data), (size_t)(p - b->data));
            if (piece == VAL_ERROR || list_append(t, list, piece) < 0) goto fail;
        }
    } else {
        BytesObj *s = BYTES(sep);
        const unsigned char *hit;
        while (maxsplit-- > 0 && (hit = mem_search(p, (size_t)(end - p), s->data, s->len)) != NULL) {
            piece = sub_bytes(t, self, (size_t)(p - b->data), (size_t)(hit - b->data));
            if (piece == VAL_ERROR || list_append(t, list, piece) < 0) goto fail;
            p = hit + s->len;
        }
        piece = sub_bytes(t, self, (size_t)(p - b->data), b->len);
        if (piece == VAL_ERROR || list_append(t, list, piece) < 0) goto fail;
    }
    gc_pop_roots(t, 1);
    return list;
fail:
    gc_pop_roots(t, 1);
    return VAL_ERROR;
}

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };

static bool strips(BytesObj *chars, unsigned char c)
{
    return chars ? memchr(chars->data, c, chars->len) != NULL : is_ascii_space(c);
}

static Value strip_impl(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name, int sides)
{
    if (str_method_args(t, "bytes", name, nargs - 1, kwnames, 0, 1, ARGS_EXPECTED) < 0) return VAL_ERROR;
    BytesObj *b = BYTES(args[0]), *chars = NULL;
    if (nargs > 1 && args[1] != VAL_NONE) {
        if (need_bytes(t, args[1]) < 0) return VAL_ERROR;
        chars = BYTES(args[1]);
    }
    size_t i = 0, j = b->len;
    if (sides & STRIP_LEFT)
        while (i < j && strips(chars, b->data[i])) i++;
    if (sides & STRIP_RIGHT)
        while (j > i && strips(chars, b->data[j - 1])) j--;
    return sub_bytes(t, args[0], i, j);
}

static Value bytes_strip(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return strip_impl(t, args, nargs, kwnames, "strip", STRIP_BOTH);
}

static Value bytes_lstrip(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return strip_impl(t, args, nargs, kwnames, "lstrip", STRIP_LEFT);
}

static Value bytes_rstrip(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return strip_impl(t, args, nargs, kwnames, "rstrip", STRIP_RIGHT);
}

/* rsplit collects the pieces back to front, then turns the list round. */
static Value bytes_rsplit(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value sep;
    int64_t maxsplit;
    if (split_args(t, "rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0) return VAL_ERROR;
    Value self = args[0];
    BytesObj *b = BYTES(self);
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    const unsigned char *begin = b->data, *p = begin + b->len;
    Value piece;
    if (sep == VAL_NONE) {
        for (;;) {
            while (p > begin && is_ascii_space(p[-1])) p--;
            if (p == begin) break;
            const unsigned char *word_end = p;
            if (maxsplit-- == 0) p = begin;
            else while (p > begin && !is_ascii_space(p[-1])) p--;
            piece = sub_bytes(t, self, (size_t)(p - begin), (size_t)(word_end - begin));
            if (piece == VAL_ERROR || list_append(t, list, piece) < 0) goto fail;
        }
    } else {
        BytesObj *s = BYTES(sep);
        const unsigned char *hit;
        while (maxsplit-- > 0 && (hit = mem_search_back(begin, (size_t)(p - begin), s->data, s->len)) != NULL) {
            piece = sub_bytes(t, self, (size_t)(hit + s->len - begin), (size_t)(p - begin));
            if (piece == VAL_ERROR || list_append(t, list, piece) < 0) goto fail;
            p = hit;
        }
        piece = sub_bytes(t, self, 0, (size_t)(p - begin));
        if (piece == VAL_ERROR || list_append(t, list, piece) < 0) goto fail;
    }
    ListObj *l = LIST(list);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value tmp = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = tmp;
    }
    gc_pop_roots(t, 1);
    return list;
fail:
    gc_pop_roots(t, 1);
    return VAL_ERROR;
}

/* bytes break lines only at \n, \r and \r\n. */
static Value bytes_splitlines(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    if (arg_parse(t, "splitlines", args + 1, nargs - 1, kwnames, "|keepends", a) < 0) return VAL_ERROR;
    int keep = 0;
    if (a[0] != VAL_UNBOUND && (keep = op_truth(t, a[0])) < 0) return VAL_ERROR;
    Value self = args[0];
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    BytesObj *b = BYTES(self);
    size_t p = 0;
    while (p < b->len) {
        size_t line = p;
        while (p < b->len && b->data[p] != '\n' && b->data[p] != '\r') p++;
        size_t eol = p;
        if (p < b->len) p += b->data[p] == '\r' && p + 1 < b->len && b->data[p + 1] == '\n' ? 2 : 1;
        Value piece = sub_bytes(t, self, line, keep ? p : eol);
        if (piece == VAL_ERROR || list_append(t, list, piece) < 0) {
            gc_pop_roots(t, 1);
            return VAL_ERROR;
        }
    }
    gc_pop_roots(t, 1);
    return list;
}

static Value remove_affix(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name, bool suffix)
{
    if (str_method_args(t, "bytes", name, nargs - 1, kwnames, 1, 1, ARGS_ONE) < 0) return VAL_ERROR;
    if (need_bytes(t, args[1]) < 0) return VAL_ERROR;
    BytesObj *b = BYTES(args[0]), *affix = BYTES(args[1]);
    if (affix->len == 0 || !tail_match(b, affix->data, affix->len, 0, (int64_t)b->len, suffix)) return sub_bytes(t, args[0], 0, b->len);
    return suffix ? sub_bytes(t, args[0], 0, b->len - affix->len) : sub_bytes(t, args[0], affix->len, b->len);
}

static Value bytes_removeprefix(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return remove_affix(t, args, nargs, kwnames, "removeprefix", false);
}

static Value bytes_removesuffix(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return remove_affix(t, args, nargs, kwnames, "removesuffix", true);
}

/* ------------------------------------------------------------------ */
/* Padding */

/* self with `left` and `right` copies of fill around it. */
static Value pad(Thread *t, Value self, size_t left, size_t right, unsigned char fill)
{
    BytesObj *b = BYTES(self);
    if (left == 0 && right == 0) return sub_bytes(t, self, 0, b->len);
    if (left + right > (SIZE_MAX >> 3) - b->len) return exc_no_memory(t);
    BytesObj *r = bytes_alloc(t, b->len + left + right);
    if (!r) return VAL_ERROR;
    memset(r->data, fill, left);
    memcpy(r->data + left, b->data, b->len);
    memset(r->data + left + b->len, fill, right);
    return val_from_obj(r);
}

static Value justify(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name, char how)
{
    if (str_method_args(t, "bytes", name, nargs - 1, kwnames, 1, 2, ARGS_EXPECTED) < 0) return VAL_ERROR;
    int64_t width;
    if (op_index(t, args[1], &width) < 0) return VAL_ERROR;
    unsigned char fill = ' ';
    if (nargs > 2) {
        if (!bytes_check(args[2]) || BYTES(args[2])->len != 1)
            return exc_raise(t, &TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %T",
                             name, args[2]);
        fill = BYTES(args[2])->data[0];
    }
    int64_t n = (int64_t)BYTES(args[0])->len;
    if (width <= n) return sub_bytes(t, args[0], 0, (size_t)n);
    size_t marg = (size_t)(width - n), left = justify_left_margin(how, marg, width);
    return pad(t, args[0], left, marg - left, fill);
}

static Value bytes_center(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return justify(t, args, nargs, kwnames, "center", '^');
}

static Value bytes_ljust(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return justify(t, args, nargs, kwnames, "ljust", '<');
}

static Value bytes_rjust(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return justify(t, args, nargs, kwnames, "rjust", '>');
}

static Value bytes_zfill(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "bytes", "zfill", nargs - 1, kwnames, 1, 1, ARGS_ONE) < 0) return VAL_ERROR;
    int64_t width;
    if (op_index(t, args[1], &width) < 0) return VAL_ERROR;
    int64_t n = (int64_t)BYTES(args[0])->len;
    if (width <= n) return sub_bytes(t, args[0], 0, (size_t)n);
    size_t fill = (size_t)(width - n);
    Value v = pad(t, args[0], fill, 0, '0');
    if (v == VAL_ERROR) return v;
    /* The sign moves in front of the zeros. */
    unsigned char *d = BYTES(v)->data;
    if (d[fill] == '+' || d[fill] == '-') {
        d[0] = d[fill];
        d[fill] = '0';
    }
    return v;
}

static Value bytes_replace(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "bytes", "replace", nargs - 1, kwnames, 2, 3, ARGS_EXPECTED) < 0) return VAL_ERROR;
    if (need_bytes(t, args[1]) < 0 || need_bytes(t, args[2]) < 0) return VAL_ERROR;
    int64_t count = -1;
    if (nargs > 3 && op_index(t, args[3], &count) < 0) return VAL_ERROR;
    if (count < 0) count = INT64_MAX;
    BytesObj *b = BYTES(args[0]), *old = BYTES(args[1]), *rep = BYTES(args[2]);
    const unsigned char *p = b->data, *end = p + b->len;
    StrBuf out;
    strbuf_init(&out);
    if (old->len == 0) {
        while (count-- > 0) {
            strbuf_append(&out, (const char *)rep->data, rep->len);
            if (p == end) break;
            strbuf_putc(&out, (char)*p++);
        }
    } else {
        const unsigned char *hit;
        while (count > 0 && (hit = mem_search(p, (size_t)(end - p), old->data, old->len)) != NULL) {
            strbuf_append(&out, (const char *)p, (size_t)(hit - p));
            strbuf_append(&out, (const char *)rep->data, rep->len);
            p = hit + old->len;
            count--;
        }
    }
    strbuf_append(&out, (const char *)p, (size_t)(end - p));
    return strbuf_finish_bytes(t, &out);
}

static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

static Value change_case(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name, bool upper)
{
    if (str_method_args(t, "bytes", name, nargs - 1, kwnames, 0, 0, ARGS_NONE) < 0) return VAL_ERROR;
    BytesObj *b = BYTES(args[0]);
    BytesObj *r = bytes_alloc(t, b->len);
    if (!r) return VAL_ERROR;
    for (size_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (upper && is_lower(c)) c -= 32;
        else if (!upper && is_upper(c)) c += 32;
        r->data[i] = c;
    }
    return val_from_obj(r);
}

static Value bytes_upper(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return change_case(t, args, nargs, kwnames, "upper", true);
}

static Value bytes_lower(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return change_case(t, args, nargs, kwnames, "lower", false);
}

/* capitalize, swapcase and title: ASCII case rules, one byte at a time. */
enum { CAPITALIZE, SWAPCASE, TITLE };

static Value recase(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name, int how)
{
    if (str_method_args(t, "bytes", name, nargs - 1, kwnames, 0, 0, ARGS_NONE) < 0) return VAL_ERROR;
    BytesObj *b = BYTES(args[0]);
    BytesObj *r = bytes_alloc(t, b->len);
    if (!r) return VAL_ERROR;
    bool after_cased = false;
    for (size_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        bool up;
        if (how == CAPITALIZE) up = i == 0;
        else if (how == SWAPCASE) up = is_lower(c);
        else up = !after_cased;
        if (how == TITLE) after_cased = is_lower(c) || is_upper(c);
        if (up && is_lower(c)) c -= 32;
        else if (!up && is_upper(c)) c += 32;
        r->data[i] = c;
    }
    return val_from_obj(r);
}

static Value bytes_capitalize(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return recase(t, args, nargs, kwnames, "capitalize", CAPITALIZE);
}

static Value bytes_swapcase(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return recase(t, args, nargs, kwnames, "swapcase", SWAPCASE);
}

static Value bytes_title(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return recase(t, args, nargs, kwnames, "title", TITLE);
}

/* Title case: every uppercase byte follows an uncased one, every
 * lowercase byte a cased one, and there is at least one cased byte. */
static Value bytes_istitle(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "bytes", "istitle", nargs - 1, kwnames, 0, 0, ARGS_NONE) < 0) return VAL_ERROR;
    BytesObj *b = BYTES(args[0]);
    bool seen = false, after_cased = false;
    for (size_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (is_upper(c)) {
            if (after_cased) return VAL_FALSE;
            seen = after_cased = true;
        } else if (is_lower(c)) {
            if (!after_cased) return VAL_FALSE;
            seen = true;
        } else {
            after_cased = false;
        }
    }
    return val_from_bool(seen);
}

static Value bytes_expandtabs(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    if (arg_parse(t, "expandtabs", args + 1, nargs - 1, kwnames, "|tabsize", a) < 0) return VAL_ERROR;
    int64_t tabsize = 8;
    if (a[0] != VAL_UNBOUND && op_index(t, a[0], &tabsize) < 0) return VAL_ERROR;
    BytesObj *b = BYTES(args[0]);
    StrBuf out;
    strbuf_init(&out);
    int64_t column = 0;
    for (size_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (c == '\t') {
            if (tabsize <= 0) continue;
            int64_t spaces = tabsize - column % tabsize;
            for (int64_t k = 0; k < spaces; k++) strbuf_putc(&out, ' ');
            column += spaces;
            continue;
        }
        strbuf_putc(&out, (char)c);
        column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
    return strbuf_finish_bytes(t, &out);
}

/* translate(table, /, delete=b''): table is None or 256 bytes. */
static Value bytes_translate(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (nargs < 2)
        return exc_raise(t, &TypeErrorType, "translate() takes at least 1 positional argument (0 given)");
    if (arg_parse(t, "translate", args + 1, nargs - 1, kwnames, "table/|delete", a) < 0) return VAL_ERROR;
    Value table = a[0], del = a[1];
    if (table != VAL_NONE) {
        if (need_bytes(t, table) < 0) return VAL_ERROR;
        if (BYTES(table)->len != 256)
            return exc_raise(t, &ValueErrorType, "translation table must be 256 characters long");
    }
    if (del != VAL_UNBOUND && need_bytes(t, del) < 0) return VAL_ERROR;
    bool dropped[256] = { false };
    if (del != VAL_UNBOUND)
        for (size_t i = 0; i < BYTES(del)->len; i++) dropped[BYTES(del)->data[i]] = true;
    BytesObj *b = BYTES(args[0]);
    BytesObj *r = bytes_alloc(t, b->len);
    if (!r) return VAL_ERROR;
    size_t n = 0;
    for (size_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (dropped[c]) continue;
        r->data[n++] = table == VAL_NONE ? c : BYTES(table)->data[c];
    }
    if (n == b->len && memcmp(r->data, b->data, n) == 0) return sub_bytes(t, args[0], 0, b->len);
    r->len = n;
    r->data[n] = 0;
    return val_from_obj(r);
}

/* bytes.maketrans is static: args holds no self. */
static Value bytes_maketrans(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    /* only the keyword check: the count has its own wording */
    if (str_method_args(t, "bytes", "maketrans", nargs, kwnames, 0, nargs, ARGS_EXPECTED) < 0) return VAL_ERROR;
    if (nargs != 2) return exc_raise(t, &TypeErrorType, "maketrans expected 2 arguments, got %d", nargs);
    if (need_bytes(t, args[0]) < 0 || need_bytes(t, args[1]) < 0) return VAL_ERROR;
    BytesObj *from = BYTES(args[0]), *to = BYTES(args[1]);
    if (from->len != to->len) return exc_raise(t, &ValueErrorType, "maketrans arguments must have same length");
    BytesObj *r = bytes_alloc(t, 256);
    if (!r) return VAL_ERROR;
    for (int i = 0; i < 256; i++) r->data[i] = (unsigned char)i;
    for (size_t i = 0; i < from->len; i++) r->data[from->data[i]] = to->data[i];
    return val_from_obj(r);
}

/* The is*() predicates: true when the bytes are non-empty and every byte
 * is in the ASCII class (isupper/islower: some cased byte and no byte of
 * the other case). */
static Value classify(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name,
                      int (*test)(int))
{
    if (str_method_args(t, "bytes", name, nargs - 1, kwnames, 0, 0, ARGS_NONE) < 0) return VAL_ERROR;
    BytesObj *b = BYTES(args[0]);
    if (b->len == 0) return VAL_FALSE;
    for (size_t i = 0; i < b->len; i++)
        if (b->data[i] >= 0x80 || !test(b->data[i])) return VAL_FALSE;
    return VAL_TRUE;
}

static Value cased(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name, bool upper)
{
    if (str_method_args(t, "bytes", name, nargs - 1, kwnames, 0, 0, ARGS_NONE) < 0) return VAL_ERROR;
    BytesObj *b = BYTES(args[0]);
    bool seen = false;
    for (size_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (is_lower(c)) { if (upper) return VAL_FALSE; seen = true; }
        if (is_upper(c)) { if (!upper) return VAL_FALSE; seen = true; }
    }
    return val_from_bool(seen);
}

#define CLASSIFIER(method, ctype) \
    static Value bytes_##method(Thread *t, Value *args, int nargs, TupleObj *kwnames) \
    { return classify(t, args, nargs, kwnames, #method, ctype); }
CLASSIFIER(isdigit, isdigit)
CLASSIFIER(isalpha, isalpha)
CLASSIFIER(isalnum, isalnum)
CLASSIFIER(isspace, isspace)
#undef CLASSIFIER

static Value bytes_isascii(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "bytes", "isascii", nargs - 1, kwnames, 0, 0, ARGS_NONE) < 0) return VAL_ERROR;
    BytesObj *b = BYTES(args[0]);
    for (size_t i = 0; i < b->len; i++)
        if (b->data[i] >= 0x80) return VAL_FALSE;
    return VAL_TRUE;
}

static Value bytes_isupper(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return cased(t, args, nargs, kwnames, "isupper", true);
}

static Value bytes_islower(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return cased(t, args, nargs, kwnames, "islower", false);
}

/* The methods whose bytes operands may be bytearrays, which they read
 * as BytesObj: they run on copies. */
#define ON_COPIES(method) \
    static Value bytes_##method##_any(Thread *t, Value *args, int nargs, TupleObj *kwnames) \
    { return bytes_call_on_copies(t, bytes_##method, args, nargs, kwnames); }
ON_COPIES(partition)
ON_COPIES(rpartition)
ON_COPIES(split)
ON_COPIES(rsplit)
ON_COPIES(strip)
ON_COPIES(lstrip)
ON_COPIES(rstrip)
ON_COPIES(removeprefix)
ON_COPIES(removesuffix)
ON_COPIES(ljust)
ON_COPIES(rjust)
ON_COPIES(center)
ON_COPIES(replace)
ON_COPIES(translate)
ON_COPIES(maketrans)
#undef ON_COPIES

static const MethodDef bytes_methods[] = {
    {"isdigit", bytes_isdigit, 0},
    {"isalpha", bytes_isalpha, 0},
    {"isalnum", bytes_isalnum, 0},
    {"isspace", bytes_isspace, 0},
    {"isupper", bytes_isupper, 0},
    {"islower", bytes_islower, 0},
    {"isascii", bytes_isascii, 0},
    {"decode", bytes_decode, 0},
    {"hex", bytes_hex, 0},
    {"fromhex", bytes_fromhex, METH_CLASS},
    {"startswith", bytes_startswith, 0},
    {"endswith", bytes_endswith, 0},
    {"find", bytes_find, 0},
    {"index", bytes_index, 0},
    {"rfind", bytes_rfind, 0},
    {"rindex", bytes_rindex, 0},
    {"partition", bytes_partition_any, 0},
    {"rpartition", bytes_rpartition_any, 0},
    {"count", bytes_count, 0},
    {"join", bytes_join, 0},
    {"split", bytes_split_any, 0},
    {"rsplit", bytes_rsplit_any, 0},
    {"splitlines", bytes_splitlines, 0},
    {"strip", bytes_strip_any, 0},
    {"lstrip", bytes_lstrip_any, 0},
    {"rstrip", bytes_rstrip_any, 0},
    {"removeprefix", bytes_removeprefix_any, 0},
    {"removesuffix", bytes_removesuffix_any, 0},
    {"ljust", bytes_ljust_any, 0},
    {"rjust", bytes_rjust_any, 0},
    {"center", bytes_center_any, 0},
    {"zfill", bytes_zfill, 0},
    {"replace", bytes_replace_any, 0},
    {"upper", bytes_upper, 0},
    {"capitalize", bytes_capitalize, 0},
    {"swapcase", bytes_swapcase, 0},
    {"title", bytes_title, 0},
    {"istitle", bytes_istitle, 0},
    {"expandtabs", bytes_expandtabs, 0},
    {"translate", bytes_translate_any, 0},
    {"maketrans", bytes_maketrans_any, METH_STATIC},
    {"lower", bytes_lower, 0},
    {NULL, NULL, 0},
};

Value bytes_call_on_copies(Thread *t, NativeFn fn, Value *args, int nargs, TupleObj *kwnames)
{
    enum { MAX_ARGS = 8 };
    int total = nargs + (kwnames ? (int)kwnames->len : 0);
    if (total > MAX_ARGS) return fn(t, args, nargs, kwnames);     /* only to raise its arity error */
    Value copy[MAX_ARGS];
    uint32_t mark = gc_root_mark(t);
    for (int i = 0; i < total; i++) {
        copy[i] = args[i];
        if (!bytearray_check(args[i])) continue;
        copy[i] = bytes_new(t, BYTEARRAY(args[i])->data, BYTEARRAY(args[i])->len);
        if (copy[i] == VAL_ERROR) {
            gc_root_reset(t, mark);
            return VAL_ERROR;
        }
        gc_push_root(t, copy[i]);
    }
    Value r = fn(t, copy, nargs, kwnames);
    gc_root_reset(t, mark);
    return r;
}

NativeFn bytes_method(const char *name)
{
    for (const MethodDef *m = bytes_methods; m->name; m++)
        if (strcmp(m->name, name) == 0) return m->fn;
    return NULL;
}

TypeObj BytesType = {
    .base = { .type = &TypeType },
    .name = "bytes",
    .base_type = &ObjectType,
    .instance_size = sizeof(BytesObj),
    .new_ = bytes_tp_new,
    .repr = bytes_repr,
    .hash = bytes_tp_hash,
    .truth = bytes_truth,
    .binary = bytes_binary,
    .compare = bytes_tp_compare,
    .len = bytes_tp_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .methods = bytes_methods,
};

TypeObj BytesIterType = {
    .base = { .type = &TypeType },
    .name = "bytes_iterator",
    .base_type = &ObjectType,
    .instance_size = sizeof(BytesIterObj),
    .trace = bytes_iter_trace,
    .iter = op_iter_self,
    .next = bytes_iter_next,
};

TypeObj BytearrayIterType = {
    .base = { .type = &TypeType },
    .name = "bytearray_iterator",
    .base_type = &ObjectType,
    .instance_size = sizeof(BytesIterObj),
    .trace = bytes_iter_trace,
    .iter = op_iter_self,
    .next = bytes_iter_next,
};
