/*
 * mod_json.c -- the _json module: the C half of `json` (stdlib/json/
 * __init__.as holds the API and the encoder and decoder classes).
 *
 * decode() is a recursive-descent parser over the UTF-8 text, with
 * CPython's error messages; positions in errors and results are code
 * point indexes, counted only when one is needed.  encode() writes a
 * whole document into one buffer.  Both count their nesting against the
 * C recursion limit, so a deep document raises RecursionError.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "strbuf.h"
#include "utf8.h"
#include "vm.h"

#define FN(name) static Value name(Thread *t, Value *args, int nargs, TupleObj *kwnames)

/* ---- decoding ---- */

typedef struct {
    Value doc;                  /* the str being parsed */
    const char *s;
    size_t len;
    bool strict;
    Value object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
    Value error;                /* JSONDecodeError */
} Decoder;

/* Raises JSONDecodeError(msg, doc, pos) for index pos. */
static Value decode_error_at(Thread *t, Decoder *d, const char *msg, int64_t pos)
{
    Value a[3] = { VAL_UNBOUND, d->doc, VAL_UNBOUND };
    a[0] = str_from_cstr(t, msg);
    if (a[0] == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, a[0]);
    a[2] = int_from_i64(t, pos);
    Value e = a[2] == VAL_ERROR ? VAL_ERROR : op_call(t, d->error, a, 3, NULL);
    gc_pop_roots(t, 1);
    return e == VAL_ERROR ? e : exc_raise_obj(t, e);
}

/* The same for byte offset `at`. */
static Value decode_error(Thread *t, Decoder *d, const char *msg, size_t at)
{
    return decode_error_at(t, d, msg, (int64_t)utf8_count(d->s, at));
}

static size_t skip_ws(Decoder *d, size_t i)
{
    while (i < d->len && (d->s[i] == ' ' || d->s[i] == '\t' || d->s[i] == '\n' || d->s[i] == '\r')) i++;
    return i;
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 32) >= 'a' && (c | 32) <= 'f') return (c | 32) - 'a' + 10;
    return -1;
}

/* Four hex digits at i, or -1.  Like CPython, wants something after
 * them: a string cannot end there. */
static int32_t read_hex4(Decoder *d, size_t i)
{
    if (i + 4 >= d->len) return -1;
    int32_t v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hex_value(d->s[i + k]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

/* The string whose opening quote is at byte i - 1; *end receives the
 * offset after the closing quote. */
static Value decode_string(Thread *t, Decoder *d, size_t i, size_t *end)
{
    size_t begin = i - 1, run = i;
    /* Fast path: no escapes. */
    while (run < d->len) {
        unsigned char c = (unsigned char)d->s[run];
        if (c == '"' || c == '\\' || (c < 0x20 && d->strict)) break;
        run++;
    }
    if (run < d->len && d->s[run] == '"') {
        *end = run + 1;
        return str_new(t, d->s + i, run - i);
    }
    StrBuf b;
    strbuf_init(&b);
    for (;;) {
        if (run >= d->len) {
            strbuf_free(&b);
            return decode_error(t, d, "Unterminated string starting at", begin);
        }
        unsigned char c = (unsigned char)d->s[run];
        if (c == '"') break;
        if (c < 0x20 && d->strict) {
            strbuf_free(&b);
            return decode_error(t, d, "Invalid control character at", run);
        }
        if (c != '\\') { run++; continue; }
        strbuf_append(&b, d->s + i, run - i);
        if (run + 1 >= d->len) {
            strbuf_free(&b);
            return decode_error(t, d, "Unterminated string starting at", begin);
        }
        char e = d->s[run + 1];
        i = run + 2;
        switch (e) {
        case '"': strbuf_putc(&b, '"'); break;
        case '\\': strbuf_putc(&b, '\\'); break;
        case '/': strbuf_putc(&b, '/'); break;
        case 'b': strbuf_putc(&b, '\b'); break;
        case 'f': strbuf_putc(&b, '\f'); break;
        case 'n': strbuf_putc(&b, '\n'); break;
        case 'r': strbuf_putc(&b, '\r'); break;
        case 't': strbuf_putc(&b, '\t'); break;
        case 'u': {
            int32_t cp = read_hex4(d, i);
            if (cp < 0) {
                strbuf_free(&b);
                return decode_error(t, d, "Invalid \\uXXXX escape", run + 1);
            }
            i += 4;
            /* A high surrogate followed by an escaped low one is a pair. */
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < d->len && d->s[i] == '\\' && d->s[i + 1] == 'u') {
                int32_t lo = read_hex4(d, i + 2);
                if (lo < 0) {
                    strbuf_free(&b);
                    return decode_error(t, d, "Invalid \\uXXXX escape", i + 1);
                }
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
            }
            strbuf_put_codepoint(&b, (uint32_t)cp);
            break;
        }
        default:
            strbuf_free(&b);
            return decode_error(t, d, "Invalid \\escape", run);
        }
        run = i;
    }
    strbuf_append(&b, d->s + i, run - i);
    *end = run + 1;
    if (b.failed) { strbuf_free(&b); return exc_no_memory(t); }
    return strbuf_finish(t, &b);
}

/* Calls hook(text of s[from:to]). */
static Value call_with_text(Thread *t, Value hook, const char *s, size_t n)
{
    Value text = str_new(t, s, n);
    if (text == VAL_ERROR) return text;
    gc_push_root(t, text);
    Value r = op_call1(t, hook, text);
    gc_pop_roots(t, 1);
    return r;
}

/* A number at i, or VAL_UNBOUND when there is none ("Expecting value"). */
static Value decode_number(Thread *t, Decoder *d, size_t i, size_t *end)
{
    size_t start = i;
    if (i < d->len && d->s[i] == '-') i++;
    if (i >= d->len || d->s[i] < '0' || d->s[i] > '9') return VAL_UNBOUND;
    if (d->s[i] == '0') i++;
    else while (i < d->len && d->s[i] >= '0' && d->s[i] <= '9') i++;
    bool is_float = false;
    if (i + 1 < d->len && d->s[i] == '.' && d->s[i + 1] >= '0' && d->s[i + 1] <= '9') {
        is_float = true;
        i += 2;
        while (i < d->len && d->s[i] >= '0' && d->s[i] <= '9') i++;
    }
    if (i < d->len && (d->s[i] == 'e' || d->s[i] == 'E')) {
        size_t j = i + 1;
        if (j < d->len && (d->s[j] == '+' || d->s[j] == '-')) j++;
        if (j < d->len && d->s[j] >= '0' && d->s[j] <= '9') {
            while (j < d->len && d->s[j] >= '0' && d->s[j] <= '9') j++;
            is_float = true;
            i = j;
        }
    }
    *end = i;
    size_t n = i - start;
    if (is_float) {
        if (d->parse_float != VAL_NONE) return call_with_text(t, d->parse_float, d->s + start, n);
        return float_from_str(t, d->s + start, n);
    }
    if (d->parse_int != VAL_NONE) return call_with_text(t, d->parse_int, d->s + start, n);
    if (n < 16) {
        int64_t v = 0;
        for (size_t k = d->s[start] == '-'; k < n; k++) v = v * 10 + (d->s[start + k] - '0');
        return int_from_i64(t, d->s[start] == '-' ? -v : v);
    }
    return int_from_str(t, d->s + start, n, 10);
}

static Value decode_value(Thread *t, Decoder *d, size_t i, size_t *end);

static Value decode_constant(Thread *t, Decoder *d, const char *name, double value)
{
    if (d->parse_constant != VAL_NONE) return call_with_text(t, d->parse_constant, name, strlen(name));
    return val_from_double(value);
}

static bool has_word(Decoder *d, size_t i, const char *w)
{
    size_t n = strlen(w);
    return i + n <= d->len && memcmp(d->s + i, w, n) == 0;
}

static Value decode_array(Thread *t, Decoder *d, size_t i, size_t *end)
{
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    Value result = list;
    i = skip_ws(d, i);
    if (i < d->len && d->s[i] == ']') {
        *end = i + 1;
        goto done;
    }
    for (;;) {
        Value item = decode_value(t, d, i, &i);
        if (item == VAL_ERROR || list_append(t, list, item) < 0) { result = VAL_ERROR; goto done; }
        i = skip_ws(d, i);
        if (i < d->len && d->s[i] == ']') { *end = i + 1; break; }
        if (i >= d->len || d->s[i] != ',') {
            result = decode_error(t, d, "Expecting ',' delimiter", i);
            goto done;
        }
        i = skip_ws(d, i + 1);
    }
done:
    gc_pop_roots(t, 1);
    return result;
}

static Value decode_object(Thread *t, Decoder *d, size_t i, size_t *end)
{
    bool pairs = d->object_pairs_hook != VAL_NONE;
    Value obj = pairs ? list_new(t, 0) : dict_new(t);
    if (obj == VAL_ERROR) return obj;
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, obj);
    Value result = VAL_ERROR;
    i = skip_ws(d, i);
    if (i < d->len && d->s[i] == '}') {
        i++;
    } else {
        for (;;) {
            if (i >= d->len || d->s[i] != '"') {
                decode_error(t, d, "Expecting property name enclosed in double quotes", i);
                goto done;
            }
            Value key = decode_string(t, d, i + 1, &i);
            if (key == VAL_ERROR) goto done;
            gc_push_root(t, key);
            i = skip_ws(d, i);
            if (i >= d->len || d->s[i] != ':') {
                decode_error(t, d, "Expecting ':' delimiter", i);
                goto done;
            }
            i = skip_ws(d, i + 1);
            Value value = decode_value(t, d, i, &i);
            if (value == VAL_ERROR) goto done;
            if (pairs) {
                gc_push_root(t, value);
                Value pair = tuple_pack(t, 2, key, value);
                if (pair == VAL_ERROR || list_append(t, obj, pair) < 0) goto done;
                gc_pop_roots(t, 2);
            } else {
                if (dict_set(t, DICT(obj), key, value) < 0) goto done;
                gc_pop_roots(t, 1);
            }
            i = skip_ws(d, i);
            if (i < d->len && d->s[i] == '}') { i++; break; }
            if (i >= d->len || d->s[i] != ',') {
                decode_error(t, d, "Expecting ',' delimiter", i);
                goto done;
            }
            i = skip_ws(d, i + 1);
        }
    }
    *end = i;
    if (pairs) result = op_call1(t, d->object_pairs_hook, obj);
    else if (d->object_hook != VAL_NONE) result = op_call1(t, d->object_hook, obj);
    else result = obj;
done:
    gc_root_reset(t, mark);
    return result;
}

static Value decode_value(Thread *t, Decoder *d, size_t i, size_t *end)
{
    if (i >= d->len) return decode_error(t, d, "Expecting value", i);
    Value v;
    switch (d->s[i]) {
    case '"': return decode_string(t, d, i + 1, end);
    case '{':
        if (vm_enter_c_for(t, " while decoding a JSON object from a unicode string") < 0) return VAL_ERROR;
        v = decode_object(t, d, i + 1, end);
        vm_leave_c(t);
        return v;
    case '[':
        if (vm_enter_c_for(t, " while decoding a JSON array from a unicode string") < 0) return VAL_ERROR;
        v = decode_array(t, d, i + 1, end);
        vm_leave_c(t);
        return v;
    case 'n':
        if (has_word(d, i, "null")) { *end = i + 4; return VAL_NONE; }
        break;
    case 't':
        if (has_word(d, i, "true")) { *end = i + 4; return VAL_TRUE; }
        break;
    case 'f':
        if (has_word(d, i, "false")) { *end = i + 5; return VAL_FALSE; }
        break;
    case 'N':
        if (has_word(d, i, "NaN")) { *end = i + 3; return decode_constant(t, d, "NaN", NAN); }
        break;
    case 'I':
        if (has_word(d, i, "Infinity")) { *end = i + 8; return decode_constant(t, d, "Infinity", INFINITY); }
        break;
    case '-':
        if (has_word(d, i, "-Infinity")) {
            *end = i + 9;
            return decode_constant(t, d, "-Infinity", -INFINITY);
        }
        break;
    default:
        break;
    }
    v = decode_number(t, d, i, end);
    if (v == VAL_UNBOUND) return decode_error(t, d, "Expecting value", i);
    return v;
}

/* decode(s, idx, strict, object_hook, object_pairs_hook, parse_float,
 *        parse_int, parse_constant, error) -> (value, end)
 * Hooks are None when not given; error is JSONDecodeError. */
FN(json_decode)
{
    if (arg_no_kw(t, "decode", kwnames) < 0 || arg_count(t, "decode", nargs, 9, 9) < 0) return VAL_ERROR;
    if (!str_check(args[0]))
        return exc_raise(t, &TypeErrorType, "first argument must be a string, not %T", args[0]);
    int64_t idx;
    if (arg_ssize(t, args[1], &idx) < 0) return VAL_ERROR;
    StrObj *s = STR(args[0]);
    Decoder d = { args[0], s->data, s->len, op_truth(t, args[2]) == 1,
                  args[3], args[4], args[5], args[6], args[7], args[8] };
    if (idx < 0) return exc_raise(t, &ValueErrorType, "idx cannot be negative");
    if ((size_t)idx > s->nchars) return decode_error_at(t, &d, "Expecting value", idx);
    size_t start = str_offset(s, (size_t)idx), end;
    Value v = decode_value(t, &d, start, &end);
    if (v == VAL_ERROR) return v;
    gc_push_root(t, v);
    Value pos = int_from_i64(t, (int64_t)((size_t)idx + utf8_count(s->data + start, end - start)));
    Value r = pos == VAL_ERROR ? pos : tuple_pack(t, 2, v, pos);
    gc_pop_roots(t, 1);
    return r;
}

/* decode_document(s, strict, object_hook, object_pairs_hook, parse_float,
 *                 parse_int, parse_constant, error) -> value
 * JSONDecoder.decode: one value with only whitespace around it. */
FN(json_decode_document)
{
    if (arg_no_kw(t, "decode_document", kwnames) < 0 || arg_count(t, "decode_document", nargs, 8, 8) < 0)
        return VAL_ERROR;
    if (!str_check(args[0]))
        return exc_raise(t, &TypeErrorType, "first argument must be a string, not %T", args[0]);
    StrObj *s = STR(args[0]);
    Decoder d = { args[0], s->data, s->len, op_truth(t, args[1]) == 1,
                  args[2], args[3], args[4], args[5], args[6], args[7] };
    size_t end;
    Value v = decode_value(t, &d, skip_ws(&d, 0), &end);
    if (v == VAL_ERROR) return v;
    end = skip_ws(&d, end);
    if (end != s->len) return decode_error(t, &d, "Extra data", end);
    return v;
}

/* scanstring(s, end, strict, error) -> (str, end): the string whose
 * opening quote is just before index end (json.decoder.scanstring). */
FN(json_scanstring)
{
    if (arg_no_kw(t, "scanstring", kwnames) < 0 || arg_count(t, "scanstring", nargs, 4, 4) < 0)
        return VAL_ERROR;
    if (!str_check(args[0]))
        return exc_raise(t, &TypeErrorType, "first argument must be a string, not %T", args[0]);
    int64_t idx;
    if (arg_ssize(t, args[1], &idx) < 0) return VAL_ERROR;
    StrObj *s = STR(args[0]);
    if (idx < 0 || (size_t)idx > s->nchars) return exc_raise(t, &ValueErrorType, "end is out of bounds");
    Decoder d = { args[0], s->data, s->len, op_truth(t, args[2]) == 1,
                  VAL_NONE, VAL_NONE, VAL_NONE, VAL_NONE, VAL_NONE, args[3] };
    size_t start = str_offset(s, (size_t)idx), end;
    Value v = decode_string(t, &d, start, &end);
    if (v == VAL_ERROR) return v;
    gc_push_root(t, v);
    Value pos = int_from_i64(t, (int64_t)((size_t)idx + utf8_count(s->data + start, end - start)));
    Value r = pos == VAL_ERROR ? pos : tuple_pack(t, 2, v, pos);
    gc_pop_roots(t, 1);
    return r;
}

/* ---- encoding ---- */

typedef struct {
    StrBuf out;
    Value indent;               /* str, or None for one line */
    Value key_sep, item_sep;    /* str */
    bool sort_keys, skipkeys, ensure_ascii, allow_nan, check_circular;
    Value default_fn;
    Obj **open;                 /* containers being encoded, for the circular check */
    size_t nopen, opencap;
    int level;
} Encoder;

static const char hexdigits[] = "0123456789abcdef";

static void put_u_escape(StrBuf *b, uint32_t cp)
{
    char e[6] = { '\\', 'u', hexdigits[(cp >> 12) & 15], hexdigits[(cp >> 8) & 15],
                  hexdigits[(cp >> 4) & 15], hexdigits[cp & 15] };
    strbuf_append(b, e, 6);
}

/* A JSON string literal for the UTF-8 text s. */
static void encode_text(StrBuf *b, const char *s, size_t len, bool ensure_ascii)
{
    strbuf_putc(b, '"');
    const char *p = s, *end = s + len, *run = s;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7f || !ensure_ascii)) { p++; continue; }
        strbuf_append(b, run, (size_t)(p - run));
        if (c >= 0x80) {
            uint32_t cp = utf8_next(&p);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                put_u_escape(b, 0xD800 | (cp >> 10));
                put_u_escape(b, 0xDC00 | (cp & 0x3FF));
            } else {
                put_u_escape(b, cp);
            }
            run = p;
            continue;
        }
        switch (c) {
        case '"': strbuf_append(b, "\\\"", 2); break;
        case '\\': strbuf_append(b, "\\\\", 2); break;
        case '\n': strbuf_append(b, "\\n", 2); break;
        case '\r': strbuf_append(b, "\\r", 2); break;
        case '\t': strbuf_append(b, "\\t", 2); break;
        case '\b': strbuf_append(b, "\\b", 2); break;
        case '\f': strbuf_append(b, "\\f", 2); break;
        default: put_u_escape(b, c);
        }
        p++;
        run = p;
    }
    strbuf_append(b, run, (size_t)(p - run));
    strbuf_putc(b, '"');
}

static int encode_float(Thread *t, Encoder *e, double v)
{
    if (isfinite(v)) {
        char buf[40];
        int n = float_repr_buf(v, buf);
        strbuf_append(&e->out, buf, (size_t)n);
        return 0;
    }
    if (!e->allow_nan) {
        Value r = float_repr(t, v);
        if (r == VAL_ERROR) return -1;
        exc_raise(t, &ValueErrorType, "Out of range float values are not JSON compliant: %S", r);
        return -1;
    }
    strbuf_puts(&e->out, isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
    return 0;
}

static int encode_int(Thread *t, Encoder *e, Value v)
{
    if (val_is_int(v)) {
        char buf[24];
        strbuf_append(&e->out, buf, (size_t)snprintf(buf, sizeof buf, "%lld", (long long)val_as_int(v)));
        return 0;
    }
    Value r = int_repr(t, v);
    if (r == VAL_ERROR) return -1;
    strbuf_append(&e->out, str_cstr(r), STR(r)->len);
    return 0;
}

static void newline_indent(Encoder *e)
{
    strbuf_putc(&e->out, '\n');
    for (int k = 0; k < e->level; k++) strbuf_append(&e->out, str_cstr(e->indent), STR(e->indent)->len);
}

/* Marks o open; ValueError if it already is (a cycle). */
static int enter(Thread *t, Encoder *e, Value o)
{
    if (vm_enter_c_for(t, " while encoding a JSON object") < 0) return -1;
    if (!e->check_circular) return 0;
    Obj *ob = val_is_obj(o) ? val_as_obj(o) : NULL;    /* Ellipsis, NotImplemented */
    for (size_t k = 0; k < e->nopen; k++) {
        if (e->open[k] == ob) {
            vm_leave_c(t);
            exc_raise(t, &ValueErrorType, "Circular reference detected");
            return -1;
        }
    }
    if (e->nopen == e->opencap) {
        size_t cap = e->opencap * 2 + 16;
        Obj **n = realloc(e->open, cap * sizeof *n);
        if (!n) { vm_leave_c(t); exc_no_memory(t); return -1; }
        e->open = n;
        e->opencap = cap;
    }
    e->open[e->nopen++] = ob;
    return 0;
}

static void leave(Thread *t, Encoder *e)
{
    if (e->check_circular) e->nopen--;
    vm_leave_c(t);
}

static int encode_value(Thread *t, Encoder *e, Value v);

static int encode_list(Thread *t, Encoder *e, Value v)
{
    bool is_list = list_check(v);
    size_t n = is_list ? LIST(v)->len : TUPLE(v)->len;
    if (n == 0) { strbuf_append(&e->out, "[]", 2); return 0; }
    if (enter(t, e, v) < 0) return -1;
    strbuf_putc(&e->out, '[');
    e->level++;
    if (e->indent != VAL_NONE) newline_indent(e);
    int r = 0;
    for (size_t k = 0; r == 0; k++) {
        n = is_list ? LIST(v)->len : TUPLE(v)->len;     /* default() may shrink a list */
        if (k >= n) break;
        if (k > 0) {
            strbuf_append(&e->out, str_cstr(e->item_sep), STR(e->item_sep)->len);
            if (e->indent != VAL_NONE) newline_indent(e);
        }
        r = encode_value(t, e, is_list ? LIST(v)->items[k] : TUPLE(v)->items[k]);
    }
    e->level--;
    if (e->indent != VAL_NONE) newline_indent(e);
    strbuf_putc(&e->out, ']');
    leave(t, e);
    return r;
}

/* The text of a dict key, or VAL_UNBOUND to skip it. */
static Value key_text(Thread *t, Encoder *e, Value key)
{
    if (str_check(key)) return key;
    if (key == VAL_TRUE) return str_from_cstr(t, "true");
    if (key == VAL_FALSE) return str_from_cstr(t, "false");
    if (key == VAL_NONE) return str_from_cstr(t, "null");
    if (float_check(key)) {
        double v = float_value(key);
        if (isfinite(v)) return float_repr(t, v);
        if (!e->allow_nan) {
            Value r = float_repr(t, v);
            if (r == VAL_ERROR) return r;
            return exc_raise(t, &ValueErrorType, "Out of range float values are not JSON compliant: %S", r);
        }
        return str_from_cstr(t, isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
    }
    if (int_check(key)) return int_repr(t, key);
    if (e->skipkeys) return VAL_UNBOUND;
    return exc_raise(t, &TypeErrorType, "keys must be str, int, float, bool or None, not %T", key);
}

static int encode_dict(Thread *t, Encoder *e, Value v)
{
    DictObj *d = DICT(v);
    if (dict_len(d) == 0) { strbuf_append(&e->out, "{}", 2); return 0; }
    if (enter(t, e, v) < 0) return -1;
    /* The items, as a list of pairs: sorting needs them, and script code
     * (default(), a key's repr) may change the dict. */
    uint32_t mark = gc_root_mark(t);
    int r = -1;
    Value items;
    if (val_is_type(v, &DictType)) {
        items = list_new(t, dict_len(d));
        if (items == VAL_ERROR) goto done;
        gc_push_root(t, items);
        size_t pos = 0;
        Value key, value;
        while (dict_next(d, &pos, &key, &value)) {
            Value pair = tuple_pack(t, 2, key, value);
            if (pair == VAL_ERROR || list_append(t, items, pair) < 0) goto done;
        }
    } else {
        /* A subclass's items() decides, as in CPython. */
        StrObj *name = str_intern(t, "items");
        Value view = name ? op_call_method(t, v, name, NULL, 0) : VAL_ERROR;
        if (view == VAL_ERROR) goto done;
        gc_push_root(t, view);
        Value it = op_iter(t, view);
        if (it == VAL_ERROR) {
            if (exc_matches(t, &TypeErrorType)) {
                exc_clear(t);
                exc_raise(t, &TypeErrorType, "%T.items() returned a non-iterable (type %T)", v, view);
            }
            goto done;
        }
        gc_push_root(t, it);
        items = list_from_iterable(t, it);
        if (items == VAL_ERROR) goto done;
        gc_push_root(t, items);
    }
    if (e->sort_keys && list_sort(t, items, VAL_NONE, false) < 0) goto done;
    strbuf_putc(&e->out, '{');
    e->level++;
    if (e->indent != VAL_NONE) newline_indent(e);
    bool first = true;
    r = 0;
    for (size_t k = 0; k < LIST(items)->len && r == 0; k++) {
        Value pair = LIST(items)->items[k];
        Value text = key_text(t, e, TUPLE(pair)->items[0]);
        if (text == VAL_UNBOUND) continue;
        if (text == VAL_ERROR) { r = -1; break; }
        if (!first) {
            strbuf_append(&e->out, str_cstr(e->item_sep), STR(e->item_sep)->len);
            if (e->indent != VAL_NONE) newline_indent(e);
        }
        first = false;
        encode_text(&e->out, str_cstr(text), STR(text)->len, e->ensure_ascii);
        strbuf_append(&e->out, str_cstr(e->key_sep), STR(e->key_sep)->len);
        r = encode_value(t, e, TUPLE(pair)->items[1]);
    }
    e->level--;
    if (e->indent != VAL_NONE) newline_indent(e);
    strbuf_putc(&e->out, '}');
done:
    gc_root_reset(t, mark);
    leave(t, e);
    return r;
}

static int encode_value(Thread *t, Encoder *e, Value v)
{
    if (v == VAL_NONE) { strbuf_append(&e->out, "null", 4); return 0; }
    if (v == VAL_TRUE) { strbuf_append(&e->out, "true", 4); return 0; }
    if (v == VAL_FALSE) { strbuf_append(&e->out, "false", 5); return 0; }
    if (val_is_int(v)) return encode_int(t, e, v);
    if (val_is_double(v)) return encode_float(t, e, val_as_double(v));
    if (str_check(v)) {
        encode_text(&e->out, str_cstr(v), STR(v)->len, e->ensure_ascii);
        return 0;
    }
    if (int_check(v)) return encode_int(t, e, v);
    if (float_check(v)) return encode_float(t, e, float_value(v));
    if (list_check(v) || tuple_check(v)) return encode_list(t, e, v);
    if (dict_check(v)) return encode_dict(t, e, v);
    if (enter(t, e, v) < 0) return -1;
    Value o = op_call1(t, e->default_fn, v);
    int r = -1;
    if (o != VAL_ERROR) {
        gc_push_root(t, o);
        r = encode_value(t, e, o);
        gc_pop_roots(t, 1);
    }
    leave(t, e);
    return r;
}

/* encode(obj, indent, key_separator, item_separator, sort_keys, skipkeys,
 *        ensure_ascii, allow_nan, check_circular, default) -> str
 * indent is a str or None. */
FN(json_encode)
{
    if (arg_no_kw(t, "encode", kwnames) < 0 || arg_count(t, "encode", nargs, 10, 10) < 0)
        return VAL_ERROR;
    if ((args[1] != VAL_NONE && !str_check(args[1])) || !str_check(args[2]) || !str_check(args[3]))
        return exc_raise(t, &TypeErrorType, "encode(): indent and separators must be str");
    int flags[5];
    for (int k = 0; k < 5; k++)
        if ((flags[k] = op_truth(t, args[4 + k])) < 0) return VAL_ERROR;
    Encoder e = { .indent = args[1], .key_sep = args[2], .item_sep = args[3],
                  .sort_keys = flags[0], .skipkeys = flags[1], .ensure_ascii = flags[2],
                  .allow_nan = flags[3], .check_circular = flags[4], .default_fn = args[9] };
    strbuf_init(&e.out);
    int r = encode_value(t, &e, args[0]);
    free(e.open);
    if (r < 0) { strbuf_free(&e.out); return VAL_ERROR; }
    if (e.out.failed) { strbuf_free(&e.out); return exc_no_memory(t); }
    return strbuf_finish(t, &e.out);
}

/* encode_string(s, ensure_ascii) -> the JSON literal for str s. */
FN(json_encode_string)
{
    if (arg_no_kw(t, "encode_string", kwnames) < 0 || arg_count(t, "encode_string", nargs, 2, 2) < 0)
        return VAL_ERROR;
    if (!str_check(args[0]))
        return exc_raise(t, &TypeErrorType, "first argument must be a string, not %T", args[0]);
    int ascii = op_truth(t, args[1]);
    if (ascii < 0) return VAL_ERROR;
    StrBuf b;
    strbuf_init(&b);
    encode_text(&b, str_cstr(args[0]), STR(args[0])->len, ascii);
    if (b.failed) { strbuf_free(&b); return exc_no_memory(t); }
    return strbuf_finish(t, &b);
}

static const MethodDef json_functions[] = {
    { "decode", json_decode, 0 },
    { "decode_document", json_decode_document, 0 },
    { "scanstring", json_scanstring, 0 },
    { "encode", json_encode, 0 },
    { "encode_string", json_encode_string, 0 },
    { NULL, NULL, 0 },
};

Value mod_json_init(Thread *t)
{
    Value m = module_new(t, "_json");
    if (m == VAL_ERROR) return m;
    gc_push_root(t, m);
    int ok = module_add_functions(t, m, json_functions);
    gc_pop_roots(t, 1);
    return ok == 0 ? m : VAL_ERROR;
}
