/*
 * obj_str.c -- str (obj_str.h): construction and interning, the codecs,
 * the type's slots, its methods and its iterator.
 *
 * Text is UTF-8 (lone surrogates allowed, as in WTF-8), so searching is
 * done on bytes: a match of a whole encoded needle always starts on a
 * character boundary.  Code point indexes are turned into byte offsets
 * only where an API speaks in indexes; ASCII strings (len == nchars)
 * skip that step.  The GC never moves objects, so a `data` pointer stays
 * valid across allocations as long as its string is rooted.
 */
#include <stdio.h>
#include <stdlib.h>
#include "obj_str.h"
#include "obj_bytearray.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_range.h"
#include "obj_tuple.h"
#include "args.h"
#include "exc.h"
#include "format.h"
#include "gc.h"
#include "interp.h"
#include "obj_type.h"
#include "ops.h"
#include "strbuf.h"
#include "unicode.h"
#include "utf8.h"

static inline bool is_ascii(const StrObj *s) { return s->len == s->nchars; }

/* The code point that starts at p. */
static inline uint32_t char_at(const char *p) { return utf8_next(&p); }

/* n code points after p. */
static const char *skip_chars(const char *p, size_t n)
{
    while (n--) p += utf8_seq_len((unsigned char)*p);
    return p;
}

/* The start of the code point that ends just before p. */
static const char *prev_char(const char *p)
{
    do p--; while (((unsigned char)*p & 0xC0) == 0x80);
    return p;
}

/* ------------------------------------------------------------------ */
/* Construction */

/* A str object of `type` for len bytes of text, fields set except
 * nchars.  Subclass instances keep room for their extra fields after
 * the text (str_extra_offset). */
static StrObj *alloc_typed(Thread *t, TypeObj *type, size_t len)
{
    if (len > (SIZE_MAX >> 2)) {
        exc_no_memory(t);
        return NULL;
    }
    size_t size = offsetof(StrObj, data) + len + 1;
    if (type != &StrType) {
        size = ((offsetof(StrObj, data) + len + 1 + 7) & ~(size_t)7)
             + type->instance_size - sizeof(StrObj);
    }
    StrObj *s = gc_alloc(t, type, size);
    if (!s) return NULL;
    s->hash = -1;
    s->len = len;
    s->data[len] = '\0';
    return s;
}

StrObj *str_alloc(Thread *t, size_t len)
{
    return alloc_typed(t, &StrType, len);
}

Value str_finish_raw(StrObj *s)
{
    s->nchars = utf8_count(s->data, s->len);
    return val_from_obj(s);
}

/* A str of known code point count.  Empty strings share one object. */
static Value new_known(Thread *t, const char *p, size_t len, size_t nchars)
{
    if (len == 0 && t->interp->names[NAME_empty]) return val_from_obj(t->interp->names[NAME_empty]);
    StrObj *s = alloc_typed(t, &StrType, len);
    if (!s) return VAL_ERROR;
    memcpy(s->data, p, len);
    s->nchars = nchars;
    return val_from_obj(s);
}

Value str_new(Thread *t, const char *utf8, size_t len)
{
    return new_known(t, utf8, len, utf8_count(utf8, len));
}

Value str_from_cstr(Thread *t, const char *s)
{
    return str_new(t, s, strlen(s));
}

Value str_from_codepoint(Thread *t, uint32_t cp)
{
    if (cp < 128) {
        Value *slot = &t->interp->char_cache[cp];
        if (*slot == 0) {
            char c = (char)cp;
            Value v = new_known(t, &c, 1, 1);
            if (v == VAL_ERROR) return v;
            *slot = v;
        }
        return *slot;
    }
    char buf[4];
    return new_known(t, buf, (size_t)utf8_encode(cp, buf), 1);
}

/* Byte range [from, to) of s as a new str (self when it is all of an
 * exact str). */
static Value sub_bytes(Thread *t, Value self, size_t from, size_t to)
{
    StrObj *s = STR(self);
    if (from == 0 && to == s->len && str_check_exact(self)) return self;
    size_t n = to - from;
    return new_known(t, s->data + from, n, is_ascii(s) ? n : utf8_count(s->data + from, n));
}

size_t str_offset(StrObj *s, size_t i)
{
    if (is_ascii(s)) return i;
    if (i <= s->nchars / 2) return (size_t)(skip_chars(s->data, i) - s->data);
    const char *p = s->data + s->len;
    for (size_t k = s->nchars; k > i; k--) p = prev_char(p);
    return (size_t)(p - s->data);
}

Value str_substr(Thread *t, Value s, size_t start, size_t stop)
{
    StrObj *o = STR(s);
    if (start >= stop) return new_known(t, "", 0, 0);
    size_t from = str_offset(o, start);
    size_t to = is_ascii(o) ? stop : (size_t)(skip_chars(o->data + from, stop - start) - o->data);
    if (from == 0 && to == o->len && str_check_exact(s)) return s;
    return new_known(t, o->data + from, to - from, stop - start);
}

/* An exact str with the text of a str subclass instance. */
static Value exact_copy(Thread *t, Value v)
{
    if (str_check_exact(v)) return v;
    return new_known(t, STR(v)->data, STR(v)->len, STR(v)->nchars);
}

Value str_concat(Thread *t, Value a, Value b)
{
    StrObj *x = STR(a), *y = STR(b);
    if (y->len == 0 && str_check_exact(a)) return a;
    if (x->len == 0 && str_check_exact(b)) return b;
    if (x->len > SIZE_MAX / 4 - y->len) return exc_no_memory(t);
    gc_push_root(t, a);
    gc_push_root(t, b);
    StrObj *s = alloc_typed(t, &StrType, x->len + y->len);
    gc_pop_roots(t, 2);
    if (!s) return VAL_ERROR;
    memcpy(s->data, x->data, x->len);
    memcpy(s->data + x->len, y->data, y->len);
    s->nchars = x->nchars + y->nchars;
    return val_from_obj(s);
}

/* ------------------------------------------------------------------ */
/* Hashing, comparison, interning */

static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

int64_t str_hash_bytes(const void *data, size_t len)
{
    /* A word-at-a-time multiply-rotate hash with a murmur3 finaliser:
     * fast, and it mixes every input bit into every output bit. */
    const unsigned char *p = data;
    const uint64_t k1 = UINT64_C(0x9E3779B97F4A7C15), k2 = UINT64_C(0xC2B2AE3D27D4EB4F);
    if (len == 0) return 0;     /* as CPython: hash('') == 0 */
    uint64_t h = (uint64_t)len * k2;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = rotl64(h ^ (w * k1), 31) * k2;
    }
    if (i < len) {
        uint64_t w = 0;
        memcpy(&w, p + i, len - i);
        h = rotl64(h ^ (w * k1), 31) * k2;
    }
    h ^= h >> 33;
    h *= UINT64_C(0xFF51AFD7ED558CCD);
    h ^= h >> 33;
    h *= UINT64_C(0xC4CEB9FE1A85EC53);
    h ^= h >> 33;
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t str_hash(StrObj *s)
{
    if (s->hash == -1) s->hash = str_hash_bytes(s->data, s->len);
    return s->hash;
}

bool str_eq_cstr(StrObj *a, const char *s)
{
    size_t n = strlen(s);
    return a->len == n && memcmp(a->data, s, n) == 0;
}

int str_compare(StrObj *a, StrObj *b)
{
    /* UTF-8 byte order is code point order. */
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, n);
    if (c) return c < 0 ? -1 : 1;
    return a->len < b->len ? -1 : a->len > b->len;
}

/* Longest text looked up without allocating a str first. */
#define PROBE_MAX 120

StrObj *str_intern_len(Thread *t, const char *s, size_t len)
{
    if (len <= PROBE_MAX) {
        /* Most calls find the name already interned: look it up with a
         * key on the C stack so that the hit costs no allocation. */
        union { StrObj s; char room[sizeof(StrObj) + PROBE_MAX + 1]; } probe;
        memset(&probe.s, 0, sizeof probe.s);
        probe.s.base.type = &StrType;
        probe.s.len = probe.s.nchars = len;
        memcpy(probe.s.data, s, len);
        probe.s.data[len] = '\0';
        probe.s.hash = str_hash_bytes(s, len);
        Value hit = dict_get_str(t->interp->interned, &probe.s);
        if (hit != VAL_UNBOUND) return STR(hit);
    }
    Value v = str_new(t, s, len);
    return v == VAL_ERROR ? NULL : str_intern_obj(t, STR(v));
}

StrObj *str_intern(Thread *t, const char *s)
{
    return str_intern_len(t, s, strlen(s));
}

StrObj *str_intern_obj(Thread *t, StrObj *s)
{
    if (s->interned) return s;
    Value hit = dict_get_str(t->interp->interned, s);
    if (hit != VAL_UNBOUND) return STR(hit);
    Value v = exact_copy(t, val_from_obj(s));
    if (v == VAL_ERROR) return NULL;
    gc_push_root(t, v);
    int rc = dict_set_str(t, t->interp->interned, STR(v), v);
    gc_pop_roots(t, 1);
    if (rc < 0) return NULL;
    STR(v)->interned = true;
    return STR(v);
}

/* ------------------------------------------------------------------ */
/* repr() and ascii() */

/* Appends cp as \xNN, \uNNNN or \UNNNNNNNN. */
static void put_escape(StrBuf *b, uint32_t cp)
{
    if (cp <= 0xFF) strbuf_printf(b, "\\x%02x", cp);
    else if (cp <= 0xFFFF) strbuf_printf(b, "\\u%04x", cp);
    else strbuf_printf(b, "\\U%08x", cp);
}

Value str_repr(Thread *t, Value v)
{
    StrObj *s = STR(v);
    /* Single quotes unless the text has ' and no ". */
    char quote = '\'';
    if (memchr(s->data, '\'', s->len) && !memchr(s->data, '"', s->len)) quote = '"';
    StrBuf b;
    strbuf_init(&b);
    strbuf_putc(&b, quote);
    const char *p = s->data, *end = s->data + s->len;
    while (p < end) {
        const char *start = p;
        uint32_t c = utf8_next(&p);
        if (c == (uint32_t)quote || c == '\\') {
            strbuf_putc(&b, '\\');
            strbuf_putc(&b, (char)c);
        } else if (c == '\n') strbuf_puts(&b, "\\n");
        else if (c == '\r') strbuf_puts(&b, "\\r");
        else if (c == '\t') strbuf_puts(&b, "\\t");
        else if (c < 0x20 || c == 0x7F) put_escape(&b, c);
        else if (c < 0x80) strbuf_putc(&b, (char)c);
        else if (uni_is_printable(c)) strbuf_append(&b, start, (size_t)(p - start));
        else put_escape(&b, c);
    }
    strbuf_putc(&b, quote);
    return strbuf_finish(t, &b);
}

Value str_ascii(Thread *t, Value s)
{
    StrObj *o = STR(s);
    if (is_ascii(o)) return exact_copy(t, s);
    StrBuf b;
    strbuf_init(&b);
    for (const char *p = o->data, *end = p + o->len; p < end;) {
        uint32_t c = utf8_next(&p);
        if (c < 0x80) strbuf_putc(&b, (char)c);
        else put_escape(&b, c);
    }
    return strbuf_finish(t, &b);
}

/* ------------------------------------------------------------------ */
/* Codecs */

typedef enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } Codec;

static const char *const codec_names[] = { "utf-8", "ascii", "latin-1" };

/* Finds the codec for an encoding name under Python's normalisation
 * (case and punctuation ignored); LookupError if unknown. */
static int find_codec(Thread *t, Value encoding, Codec *out)
{
    static const struct { const char *alias; Codec codec; } aliases[] = {
        {"utf_8", CODEC_UTF8}, {"utf8", CODEC_UTF8}, {"u8", CODEC_UTF8}, {"utf", CODEC_UTF8},
        {"cp65001", CODEC_UTF8},
        {"ascii", CODEC_ASCII}, {"us_ascii", CODEC_ASCII}, {"us", CODEC_ASCII},
        {"646", CODEC_ASCII}, {"ansi_x3.4_1968", CODEC_ASCII},
        {"latin_1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1}, {"latin", CODEC_LATIN1},
        {"l1", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1}, {"iso_8859_1", CODEC_LATIN1},
        {"8859", CODEC_LATIN1}, {"cp819", CODEC_LATIN1}, {"iso_ir_100", CODEC_LATIN1},
    };
    if (encoding == VAL_UNBOUND) {
        *out = CODEC_UTF8;
        return 0;
    }
    /* Lower case; each run of punctuation or spaces becomes one '_',
     * dropped at the ends. */
    StrObj *e = STR(encoding);
    char norm[32];
    size_t n = 0;
    bool gap = false;
    for (size_t i = 0; i < e->len && n < sizeof norm - 2; i++) {
        unsigned char c = (unsigned char)e->data[i];
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '.' || c >= 0x80) {
            if (gap && n) norm[n++] = '_';
            norm[n++] = (char)c;
            gap = false;
        } else if (c >= 'A' && c <= 'Z') {
            if (gap && n) norm[n++] = '_';
            norm[n++] = (char)(c + 32);
            gap = false;
        } else {
            gap = true;
        }
    }
    norm[n] = '\0';
    if (e->len < sizeof norm - 2) {
        for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
            if (strcmp(norm, aliases[i].alias) == 0) {
                *out = aliases[i].codec;
                return 0;
            }
        }
    }
    exc_raise(t, &LookupErrorType, "unknown encoding: %s", e->data);
    return -1;
}

typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLCHARREF } ErrHandler;

/* The error handler named by `errors`, looked up only once an error
 * happens (as CPython does).  xmlcharrefreplace only encodes. */
static int find_handler(Thread *t, Value errors, bool encoding, ErrHandler *out)
{
    static const char *const names[] = {
        "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"
    };
    if (errors == VAL_UNBOUND) {
        *out = ERR_STRICT;
        return 0;
    }
    for (int i = 0; i < 5; i++) {
        if (str_eq_cstr(STR(errors), names[i]) && (encoding || i != ERR_XMLCHARREF)) {
            *out = (ErrHandler)i;
            return 0;
        }
    }
    exc_raise(t, &LookupErrorType, "unknown error handler name '%s'", STR(errors)->data);
    return -1;
}

/* "'\xe9'" style quoting of one code point for codec messages. */
static void format_char_escape(char *buf, size_t size, uint32_t cp)
{
    if (cp <= 0xFF) snprintf(buf, size, "'\\x%02x'", cp);
    else if (cp <= 0xFFFF) snprintf(buf, size, "'\\u%04x'", cp);
    else snprintf(buf, size, "'\\U%08x'", cp);
}

/* Is cp representable in the codec? */
static bool can_encode(Codec codec, uint32_t cp)
{
    switch (codec) {
    case CODEC_UTF8: return cp < 0xD800 || cp > 0xDFFF;
    case CODEC_ASCII: return cp < 0x80;
    case CODEC_LATIN1: return cp < 0x100;
    }
    return false;
}

Value str_encode(Thread *t, Value v, Value encoding, Value errors)
{
    Codec codec;
    if (find_codec(t, encoding, &codec) < 0) return VAL_ERROR;
    StrObj *s = STR(v);
    if (is_ascii(s)) return bytes_new(t, s->data, s->len);
    StrBuf b;
    strbuf_init(&b);
    const char *p = s->data, *end = s->data + s->len;
    size_t pos = 0;
    while (p < end) {
        const char *start = p;
        uint32_t c = utf8_next(&p);
        if (can_encode(codec, c)) {
            if (codec == CODEC_UTF8) strbuf_append(&b, start, (size_t)(p - start));
            else strbuf_putc(&b, (char)c);
            pos++;
            continue;
        }
        /* A run of unencodable characters is reported (or replaced) as one. */
        size_t run_start = pos;
        const char *q = p;
        pos++;
        while (q < end) {
            const char *r = q;
            if (can_encode(codec, utf8_next(&r))) break;
            q = r;
            pos++;
        }
        ErrHandler h;
        if (find_handler(t, errors, true, &h) < 0) goto fail;
        if (h == ERR_STRICT) {
            const char *reason = codec == CODEC_UTF8 ? "surrogates not allowed"
                               : codec == CODEC_ASCII ? "ordinal not in range(128)"
                               : "ordinal not in range(256)";
            if (pos - run_start == 1) {
                char esc[16];
                format_char_escape(esc, sizeof esc, c);
                exc_raise(t, &UnicodeEncodeErrorType,
                          "'%s' codec can't encode character %s in position %zu: %s",
                          codec_names[codec], esc, run_start, reason);
            } else {
                exc_raise(t, &UnicodeEncodeErrorType,
                          "'%s' codec can't encode characters in position %zu-%zu: %s",
                          codec_names[codec], run_start, pos - 1, reason);
            }
            goto fail;
        }
        for (const char *r = start; r < q;) {
            uint32_t bad = utf8_next(&r);
            if (h == ERR_REPLACE) strbuf_putc(&b, '?');
            else if (h == ERR_BACKSLASH) put_escape(&b, bad);
            else if (h == ERR_XMLCHARREF) strbuf_printf(&b, "&#%u;", bad);
        }
        p = q;
    }
    return strbuf_finish_bytes(t, &b);
fail:
    strbuf_free(&b);
    return VAL_ERROR;
}

/* Length of the longest valid prefix of a UTF-8 sequence at p (at most
 * avail bytes): 0 when p[0] cannot start one.  *complete tells whether
 * that prefix is a whole character. */
static size_t utf8_valid_prefix(const unsigned char *p, size_t avail, bool *complete)
{
    unsigned char c = p[0];
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;     /* range of the second byte */
    if (c >= 0xC2 && c <= 0xDF) need = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *complete = false;
        return 0;
    }
    size_t k = 1;
    while (k < need && k < avail) {
        unsigned char d = p[k];
        if (k == 1 ? (d < lo || d > hi) : (d & 0xC0) != 0x80) break;
        k++;
    }
    *complete = k == need;
    return k;
}

static Value decode_utf8(Thread *t, const unsigned char *data, size_t len, Value errors)
{
    size_t bad;
    if (utf8_validate((const char *)data, len, &bad)) return str_new(t, (const char *)data, len);
    StrBuf b;
    strbuf_init(&b);
    size_t i = 0;
    while (i < len) {
        if (data[i] < 0x80) {
            strbuf_putc(&b, (char)data[i++]);
            continue;
        }
        bool complete;
        size_t k = utf8_valid_prefix(data + i, len - i, &complete);
        if (complete) {
            strbuf_append(&b, (const char *)data + i, k);
            i += k;
            continue;
        }
        ErrHandler h;
        if (find_handler(t, errors, false, &h) < 0) goto fail;
        size_t n = k ? k : 1;   /* bytes of the maximal invalid subpart */
        if (h == ERR_STRICT) {
            const char *reason = k == 0 ? "invalid start byte"
                               : i + k == len ? "unexpected end of data"
                               : "invalid continuation byte";
            if (n == 1) {
                exc_raise(t, &UnicodeDecodeErrorType,
                          "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                          data[i], i, reason);
            } else {
                exc_raise(t, &UnicodeDecodeErrorType,
                          "'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                          i, i + n - 1, reason);
            }
            goto fail;
        }
        if (h == ERR_REPLACE) strbuf_put_codepoint(&b, 0xFFFD);
        else if (h == ERR_BACKSLASH)
            for (size_t j = 0; j < n; j++) strbuf_printf(&b, "\\x%02x", data[i + j]);
        i += n;
    }
    return strbuf_finish(t, &b);
fail:
    strbuf_free(&b);
    return VAL_ERROR;
}

Value str_decode(Thread *t, const void *data, size_t len, Value encoding, Value errors)
{
    Codec codec;
    if (find_codec(t, encoding, &codec) < 0) return VAL_ERROR;
    const unsigned char *p = data;
    if (codec == CODEC_UTF8) return decode_utf8(t, p, len, errors);
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < len; i++) {
        if (p[i] < 0x80 || codec == CODEC_LATIN1) {
            strbuf_put_codepoint(&b, p[i]);
            continue;
        }
        ErrHandler h;
        if (find_handler(t, errors, false, &h) < 0) goto fail;
        if (h == ERR_STRICT) {
            exc_raise(t, &UnicodeDecodeErrorType,
                      "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in range(128)",
                      p[i], i);
            goto fail;
        }
        if (h == ERR_REPLACE) strbuf_put_codepoint(&b, 0xFFFD);
        else if (h == ERR_BACKSLASH) strbuf_printf(&b, "\\x%02x", p[i]);
    }
    return strbuf_finish(t, &b);
fail:
    strbuf_free(&b);
    return VAL_ERROR;
}

/* ------------------------------------------------------------------ */
/* Slots */

int str_method_args(Thread *t, const char *tname, const char *name, int nargs,
                    TupleObj *kwnames, int min, int max, ArgsStyle style)
{
    if (kwnames && kwnames->len) {
        exc_raise(t, &TypeErrorType, "%s.%s() takes no keyword arguments", tname, name);
        return -1;
    }
    if (nargs >= min && nargs <= max) return 0;
    int bound = nargs < min ? min : max;
    const char *which = nargs < min ? "at least" : "at most";
    const char *plural = bound == 1 ? "" : "s";
    switch (style) {
    case ARGS_NONE:
        exc_raise(t, &TypeErrorType, "%s.%s() takes no arguments (%d given)", tname, name, nargs);
        break;
    case ARGS_ONE:
        exc_raise(t, &TypeErrorType, "%s.%s() takes exactly one argument (%d given)",
                  tname, name, nargs);
        break;
    case ARGS_TAKES:
        exc_raise(t, &TypeErrorType, "%s() takes %s %d argument%s (%d given)",
                  name, which, bound, plural, nargs);
        break;
    case ARGS_EXPECTED:
        exc_raise(t, &TypeErrorType, "%s expected %s %d argument%s, got %d",
                  name, which, bound, plural, nargs);
        break;
    }
    return -1;
}

/* str(), str(x), str(bytes, encoding[, errors]) */
static Value decode_object(Thread *t, Value obj, Value encoding, Value errors)
{
    if (encoding != VAL_UNBOUND && !str_check(encoding))
        return exc_raise(t, &TypeErrorType, "str() argument 'encoding' must be str, not %N", encoding);
    if (errors != VAL_UNBOUND && !str_check(errors))
        return exc_raise(t, &TypeErrorType, "str() argument 'errors' must be str, not %N", errors);
    if (str_check(obj)) return exc_raise(t, &TypeErrorType, "decoding str is not supported");
    const unsigned char *data;
    size_t len;
    if (!bytes_like(obj, &data, &len))
        return exc_raise(t, &TypeErrorType, "decoding to str: need a bytes-like object, %T found", obj);
    return str_decode(t, data, len, encoding, errors);
}

static Value str_tp_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[3];
    if (arg_parse(t, "str", args, nargs, kwnames, "|object,encoding,errors", a) < 0) return VAL_ERROR;
    Value r;
    if (a[0] == VAL_UNBOUND) r = new_known(t, "", 0, 0);
    else if (a[1] == VAL_UNBOUND && a[2] == VAL_UNBOUND) r = op_str(t, a[0]);
    else r = decode_object(t, a[0], a[1], a[2]);
    if (r == VAL_ERROR || cls == &StrType) return r;
    gc_push_root(t, r);
    StrObj *s = alloc_typed(t, cls, STR(r)->len);
    gc_pop_roots(t, 1);
    if (!s) return VAL_ERROR;
    memcpy(s->data, STR(r)->data, STR(r)->len);
    s->nchars = STR(r)->nchars;
    return val_from_obj(s);
}

static Value str_tp_str(Thread *t, Value self)
{
    return exact_copy(t, self);
}

static int64_t str_tp_hash(Thread *t, Value self)
{
    (void)t;
    return str_hash(STR(self));
}

static int str_truth(Thread *t, Value self)
{
    (void)t;
    return STR(self)->len != 0;
}

static int64_t str_tp_len(Thread *t, Value self)
{
    (void)t;
    return (int64_t)STR(self)->nchars;
}

/* Is `other` an instance of a script class that defines `method`?  Then
 * the operator is left to it (ops.c tries the reflected method) instead
 * of failing here with str's own message. */
static bool defers_to(Thread *t, Value other, const char *method)
{
    TypeObj *tp = val_type(other);
    if (!(tp->flags & TYPE_HEAPTYPE)) return false;
    StrObj *name = str_intern(t, method);
    if (!name) {
        exc_clear(t);
        return false;
    }
    return type_lookup(tp, name) != VAL_UNBOUND;
}

static Value str_repeat(Thread *t, Value s, Value count)
{
    int64_t n;
    if (op_index(t, count, &n) < 0) return VAL_ERROR;
    StrObj *o = STR(s);
    if (n <= 0 || o->len == 0) return new_known(t, "", 0, 0);
    if (n == 1 && str_check_exact(s)) return s;
    if ((uint64_t)n > (uint64_t)PTRDIFF_MAX / o->len)
        return exc_raise(t, &OverflowErrorType, "repeated string is too long");
    gc_push_root(t, s);
    StrObj *r = alloc_typed(t, &StrType, o->len * (size_t)n);
    gc_pop_roots(t, 1);
    if (!r) return VAL_ERROR;
    /* Doubling copies: log(n) memcpy calls. */
    size_t done = o->len, total = r->len;
    memcpy(r->data, o->data, o->len);
    while (done < total) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy(r->data + done, r->data, chunk);
        done += chunk;
    }
    r->nchars = o->nchars * (size_t)n;
    return val_from_obj(r);
}

static Value str_binary(Thread *t, BinOp op, Value a, Value b)
{
    bool sa = str_check(a);
    switch (op) {
    case BINOP_ADD:
        if (!sa) return VAL_NOTIMPL;
        if (str_check(b)) return str_concat(t, a, b);
        if (defers_to(t, b, "__radd__")) return VAL_NOTIMPL;
        return exc_raise(t, &TypeErrorType, "can only concatenate str (not \"%s\") to str",
                         type_name(val_type(b)));
    case BINOP_MUL: {
        Value s = sa ? a : b, n = sa ? b : a;
        if (int_check(n)) return str_repeat(t, s, n);
        if (defers_to(t, n, sa ? "__rmul__" : "__mul__")) return VAL_NOTIMPL;
        return exc_raise(t, &TypeErrorType, "can't multiply sequence by non-int of type '%s'",
                         type_name(val_type(n)));
    }
    case BINOP_MOD:
        return sa ? format_percent(t, a, b) : VAL_NOTIMPL;
    default:
        return VAL_NOTIMPL;
    }
}

static Value str_tp_compare(Thread *t, CmpOp op, Value a, Value b)
{
    (void)t;
    if (!str_check(a) || !str_check(b)) return VAL_NOTIMPL;
    if (op == CMP_EQ || op == CMP_NE) return val_from_bool(str_eq(STR(a), STR(b)) == (op == CMP_EQ));
    int c = str_compare(STR(a), STR(b));
    switch (op) {
    case CMP_LT: return val_from_bool(c < 0);
    case CMP_LE: return val_from_bool(c <= 0);
    case CMP_GT: return val_from_bool(c > 0);
    default: return val_from_bool(c >= 0);
    }
}

/* s[start::step] for n items, step != 1. */
static Value slice_step(Thread *t, StrObj *s, int64_t start, int64_t step, int64_t n)
{
    if (is_ascii(s)) {
        StrObj *r = alloc_typed(t, &StrType, (size_t)n);
        if (!r) return VAL_ERROR;
        for (int64_t i = 0; i < n; i++) r->data[i] = s->data[start + i * step];
        r->nchars = (size_t)n;
        return val_from_obj(r);
    }
    StrBuf b;
    strbuf_init(&b);
    const char *p = s->data + str_offset(s, (size_t)start);
    for (int64_t i = 0; i < n; i++) {
        if (i) {
            if (step > 0) p = skip_chars(p, (size_t)step);
            else for (int64_t k = 0; k < -step; k++) p = prev_char(p);
        }
        strbuf_append(&b, p, (size_t)utf8_seq_len((unsigned char)*p));
    }
    return strbuf_finish(t, &b);
}

static Value str_getitem(Thread *t, Value self, Value key)
{
    StrObj *s = STR(self);
    if (int_check(key)) {
        int64_t i;
        if (op_index(t, key, &i) < 0) return VAL_ERROR;
        if (i < 0) i += (int64_t)s->nchars;
        if (i < 0 || i >= (int64_t)s->nchars)
            return exc_raise(t, &IndexErrorType, "string index out of range");
        if (is_ascii(s)) return str_from_codepoint(t, (unsigned char)s->data[i]);
        return str_from_codepoint(t, char_at(s->data + str_offset(s, (size_t)i)));
    }
    if (val_is_type(key, &SliceType)) {
        int64_t start, stop, step, n;
        if (slice_indices(t, key, (int64_t)s->nchars, &start, &stop, &step, &n) < 0) return VAL_ERROR;
        if (n <= 0) return new_known(t, "", 0, 0);
        if (step == 1) return str_substr(t, self, (size_t)start, (size_t)stop);
        return slice_step(t, s, start, step, n);
    }
    return exc_raise(t, &TypeErrorType, "string indices must be integers, not '%s'",
                     type_name(val_type(key)));
}

static int str_contains(Thread *t, Value self, Value item)
{
    if (!str_check(item)) {
        exc_raise(t, &TypeErrorType, "'in <string>' requires string as left operand, not %s",
                  type_name(val_type(item)));
        return -1;
    }
    StrObj *s = STR(self), *sub = STR(item);
    return mem_search(s->data, s->len, sub->data, sub->len) != NULL;
}

/* ------------------------------------------------------------------ */
/* Iterator */

typedef struct {
    Obj base;
    Value str;
    size_t pos;                 /* byte offset of the next character */
} StrIterObj;

static void str_iter_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((StrIterObj *)o)->str);
}

static Value str_iter(Thread *t, Value self)
{
    StrIterObj *it = gc_alloc(t, &StrIterType, sizeof(StrIterObj));
    if (!it) return VAL_ERROR;
    it->str = self;
    return val_from_obj(it);
}

static Value str_iter_next(Thread *t, Value self)
{
    StrIterObj *it = (StrIterObj *)val_as_obj(self);
    StrObj *s = STR(it->str);
    if (it->pos >= s->len) return VAL_UNBOUND;
    const char *p = s->data + it->pos;
    uint32_t c = utf8_next(&p);
    it->pos = (size_t)(p - s->data);
    return str_from_codepoint(t, c);
}

/* ------------------------------------------------------------------ */
/* Method helpers */

#define NO_ARGS(name) \
    if (str_method_args(t, "str", name, nargs - 1, kwnames, 0, 0, ARGS_NONE) < 0) return VAL_ERROR

/* A start/end argument of find and friends: None or absent leaves *out
 * alone; an int past int64 is clamped (it is beyond any end anyway). */
int str_bound_arg(Thread *t, Value v, int64_t *out)
{
    if (v == VAL_UNBOUND || v == VAL_NONE) return 0;
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return 0;
    }
    if (int_check(v)) {
        if (int_as_i64(t, v, out) == 0) return 0;
        exc_clear(t);
        *out = int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        return 0;
    }
    if (op_index(t, v, out) == 0) return 0;
    if (exc_matches(t, &TypeErrorType)) {
        exc_clear(t);
        exc_raise(t, &TypeErrorType, "slice indices must be integers or None or have an __index__ method");
    }
    return -1;
}

/* Python's clamping of s[start:end] for find, count, startswith ...
 * Afterwards 0 <= end <= nchars and start >= 0, possibly past end. */
static int range_args(Thread *t, StrObj *s, Value *args, int nargs, int first,
                      int64_t *start, int64_t *end)
{
    int64_t n = (int64_t)s->nchars;
    *start = 0;
    *end = n;
    if (nargs > first && str_bound_arg(t, args[first], start) < 0) return -1;
    if (nargs > first + 1 && str_bound_arg(t, args[first + 1], end) < 0) return -1;
    if (*end > n) *end = n;
    else if (*end < 0 && (*end += n) < 0) *end = 0;
    if (*start < 0 && (*start += n) < 0) *start = 0;
    return 0;
}

/* Byte offsets of code points [start, end), start <= end <= nchars. */
static void byte_range(StrObj *s, int64_t start, int64_t end, size_t *bs, size_t *be)
{
    if (is_ascii(s)) {
        *bs = (size_t)start;
        *be = (size_t)end;
        return;
    }
    *bs = str_offset(s, (size_t)start);
    *be = (size_t)(skip_chars(s->data + *bs, (size_t)(end - start)) - s->data);
}

/* Index of sub in s[start:end] (first, or last if reverse), or -1. */
static int64_t find_in(StrObj *s, StrObj *sub, int64_t start, int64_t end, bool reverse)
{
    if (end - start < (int64_t)sub->nchars) return -1;
    size_t bs, be;
    byte_range(s, start, end, &bs, &be);
    const char *h = s->data + bs;
    const char *hit = reverse ? mem_search_back(h, be - bs, sub->data, sub->len)
                              : mem_search(h, be - bs, sub->data, sub->len);
    if (!hit) return -1;
    size_t off = (size_t)(hit - h);
    return start + (int64_t)(is_ascii(s) ? off : utf8_count(h, off));
}

/* Appends the str for bytes [from, to) of self to list. */
static int append_piece(Thread *t, Value list, Value self, const char *from, const char *to)
{
    const char *data = STR(self)->data;
    Value piece = sub_bytes(t, self, (size_t)(from - data), (size_t)(to - data));
    return piece == VAL_ERROR ? -1 : list_append(t, list, piece);
}

static void list_reverse_items(Value list)
{
    ListObj *l = LIST(list);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value tmp = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = tmp;
    }
}

/* ------------------------------------------------------------------ */
/* Case mapping */

typedef enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD } CaseOp;

/* Is the capital sigma at [at, next) final: preceded by a cased letter
 * and not followed by one, case-ignorable characters skipped? */
static bool final_sigma(const char *data, const char *at, const char *next, const char *end)
{
    const char *p = at;
    uint32_t c = 0;
    bool found = false;
    while (p > data) {
        p = prev_char(p);
        c = char_at(p);
        if (!uni_is_case_ignorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !uni_is_cased(c)) return false;
    for (p = next; p < end;) {
        c = utf8_next(&p);
        if (!uni_is_case_ignorable(c)) return !uni_is_cased(c);
    }
    return true;
}

static int lower_at(const char *data, const char *at, const char *next, const char *end,
                    uint32_t c, uint32_t out[3])
{
    if (c == 0x3A3) {
        out[0] = final_sigma(data, at, next, end) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return uni_to_lower(c, out);
}

static Value ascii_case(Thread *t, StrObj *s, CaseOp op)
{
    StrObj *r = alloc_typed(t, &StrType, s->len);
    if (!r) return VAL_ERROR;
    bool prev_cased = false;
    for (size_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        bool to_upper = false, to_lower = false;
        switch (op) {
        case CASE_LOWER: case CASE_FOLD: to_lower = true; break;
        case CASE_UPPER: to_upper = true; break;
        case CASE_SWAP: to_upper = lo; to_lower = up; break;
        case CASE_TITLE: to_upper = !prev_cased; to_lower = prev_cased; prev_cased = up || lo; break;
        case CASE_CAPITALIZE: to_upper = i == 0; to_lower = i != 0; break;
        }
        r->data[i] = (char)(to_upper && lo ? c - 32 : to_lower && up ? c + 32 : c);
    }
    r->nchars = s->len;
    return val_from_obj(r);
}

static Value change_case(Thread *t, Value self, CaseOp op)
{
    StrObj *s = STR(self);
    if (is_ascii(s)) return ascii_case(t, s, op);
    StrBuf b;
    strbuf_init(&b);
    const char *data = s->data, *p = data, *end = data + s->len;
    bool prev_cased = false;
    while (p < end) {
        const char *at = p;
        uint32_t c = utf8_next(&p), out[3];
        int n = 1;
        out[0] = c;
        switch (op) {
        case CASE_LOWER: n = lower_at(data, at, p, end, c, out); break;
        case CASE_UPPER: n = uni_to_upper(c, out); break;
        case CASE_FOLD: n = uni_casefold(c, out); break;
        case CASE_SWAP:
            if (uni_is_upper(c)) n = lower_at(data, at, p, end, c, out);
            else if (uni_is_lower(c)) n = uni_to_upper(c, out);
            break;
        case CASE_TITLE:
            n = prev_cased ? lower_at(data, at, p, end, c, out) : uni_to_title(c, out);
            prev_cased = uni_is_cased(c);
            break;
        case CASE_CAPITALIZE:
            n = at == data ? uni_to_title(c, out) : lower_at(data, at, p, end, c, out);
            break;
        }
        for (int i = 0; i < n; i++) strbuf_put_codepoint(&b, out[i]);
    }
    return strbuf_finish(t, &b);
}

static Value str_lower(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NO_ARGS("lower");
    return change_case(t, args[0], CASE_LOWER);
}

static Value str_upper(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NO_ARGS("upper");
    return change_case(t, args[0], CASE_UPPER);
}

static Value str_swapcase(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NO_ARGS("swapcase");
    return change_case(t, args[0], CASE_SWAP);
}

static Value str_title(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NO_ARGS("title");
    return change_case(t, args[0], CASE_TITLE);
}

static Value str_capitalize(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NO_ARGS("capitalize");
    return change_case(t, args[0], CASE_CAPITALIZE);
}

static Value str_casefold(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NO_ARGS("casefold");
    return change_case(t, args[0], CASE_FOLD);
}

/* ------------------------------------------------------------------ */
/* Character class tests */

/* True when s is not empty and every code point passes pred. */
static bool all_chars(StrObj *s, bool (*pred)(uint32_t))
{
    if (s->len == 0) return false;
    for (const char *p = s->data, *end = p + s->len; p < end;)
        if (!pred(utf8_next(&p))) return false;
    return true;
}

#define CLASS_TEST(fn, name, pred) \
    static Value fn(Thread *t, Value *args, int nargs, TupleObj *kwnames) \
    { \
        NO_ARGS(name); \
        return val_from_bool(all_chars(STR(args[0]), pred)); \
    }

CLASS_TEST(str_isalpha, "isalpha", uni_is_alpha)
CLASS_TEST(str_isalnum, "isalnum", uni_is_alnum)
CLASS_TEST(str_isdecimal, "isdecimal", uni_is_decimal)
CLASS_TEST(str_isdigit, "isdigit", uni_is_digit)
CLASS_TEST(str_isnumeric, "isnumeric", uni_is_numeric)
CLASS_TEST(str_isspace, "isspace", uni_is_space)

static Value str_isprintable(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NO_ARGS("isprintable");
    StrObj *s = STR(args[0]);
    return val_from_bool(s->len == 0 || all_chars(s, uni_is_printable));
}

static Value str_isascii(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NO_ARGS("isascii");
    return val_from_bool(is_ascii(STR(args[0])));
}

/* isupper (want_upper) or islower: some cased character, and none of
 * the other case or title case. */
static Value cased_test(StrObj *s, bool want_upper)
{
    bool cased = false;
    for (const char *p = s->data, *end = p + s->len; p < end;) {
        uint32_t c = utf8_next(&p);
        bool up = uni_is_upper(c), lo = uni_is_lower(c);
        if ((want_upper ? lo : up) || uni_is_title(c)) return VAL_FALSE;
        cased |= want_upper ? up : lo;
    }
    return val_from_bool(cased);
}

static Value str_isupper(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NO_ARGS("isupper");
    return cased_test(STR(args[0]), true);
}

static Value str_islower(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NO_ARGS("islower");
    return cased_test(STR(args[0]), false);
}

static Value str_istitle(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NO_ARGS("istitle");
    StrObj *s = STR(args[0]);
    bool cased = false, prev_cased = false;
    for (const char *p = s->data, *end = p + s->len; p < end;) {
        uint32_t c = utf8_next(&p);
        if (uni_is_upper(c) || uni_is_title(c)) {
            if (prev_cased) return VAL_FALSE;
            prev_cased = cased = true;
        } else if (uni_is_lower(c)) {
            if (!prev_cased) return VAL_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return val_from_bool(cased);
}

static Value str_isidentifier(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NO_ARGS("isidentifier");
    StrObj *s = STR(args[0]);
    if (s->len == 0) return VAL_FALSE;
    const char *p = s->data, *end = p + s->len;
    if (!uni_is_id_start(utf8_next(&p))) return VAL_FALSE;
    while (p < end)
        if (!uni_is_id_continue(utf8_next(&p))) return VAL_FALSE;
    return VAL_TRUE;
}

/* ------------------------------------------------------------------ */
/* Stripping, padding */

/* Is c one of `chars` (whitespace when chars is NULL)? */
static bool strip_match(const StrObj *chars, uint32_t c)
{
    if (!chars) return uni_is_space(c);
    /* An ASCII byte never occurs inside a multi-byte sequence, and a
     * whole encoded character only matches at a boundary. */
    if (c < 0x80) return memchr(chars->data, (int)c, chars->len) != NULL;
    char enc[4];
    return mem_search(chars->data, chars->len, enc, (size_t)utf8_encode(c, enc)) != NULL;
}

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2 };

static Value do_strip(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name, int sides)
{
    if (str_method_args(t, "str", name, nargs - 1, kwnames, 0, 1, ARGS_EXPECTED) < 0) return VAL_ERROR;
    StrObj *s = STR(args[0]), *chars = NULL;
    if (nargs > 1 && args[1] != VAL_NONE) {
        if (!str_check(args[1])) return exc_raise(t, &TypeErrorType, "%s arg must be None or str", name);
        chars = STR(args[1]);
    }
    const char *p = s->data, *end = p + s->len;
    size_t removed = 0;
    if (sides & STRIP_LEFT) {
        while (p < end) {
            const char *q = p;
            if (!strip_match(chars, utf8_next(&q))) break;
            p = q;
            removed++;
        }
    }
    if (sides & STRIP_RIGHT) {
        while (end > p) {
            const char *q = prev_char(end);
            if (!strip_match(chars, char_at(q))) break;
            end = q;
            removed++;
        }
    }
    if (removed == 0) return exact_copy(t, args[0]);
    return new_known(t, p, (size_t)(end - p), s->nchars - removed);
}

static Value str_strip(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return do_strip(t, args, nargs, kwnames, "strip", STRIP_LEFT | STRIP_RIGHT);
}

static Value str_lstrip(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return do_strip(t, args, nargs, kwnames, "lstrip", STRIP_LEFT);
}

static Value str_rstrip(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return do_strip(t, args, nargs, kwnames, "rstrip", STRIP_RIGHT);
}

/* self with `left` and `right` copies of fill around it. */
static Value pad(Thread *t, Value self, size_t left, size_t right, uint32_t fill)
{
    StrObj *s = STR(self);
    if (left == 0 && right == 0) return exact_copy(t, self);
    char enc[4];
    size_t fl = (size_t)utf8_encode(fill, enc);
    if (left + right > (SIZE_MAX >> 3) - s->len) return exc_no_memory(t);
    StrObj *r = alloc_typed(t, &StrType, s->len + (left + right) * fl);
    if (!r) return VAL_ERROR;
    char *o = r->data;
    for (size_t i = 0; i < left; i++, o += fl) memcpy(o, enc, fl);
    memcpy(o, s->data, s->len);
    o += s->len;
    for (size_t i = 0; i < right; i++, o += fl) memcpy(o, enc, fl);
    r->nchars = s->nchars + left + right;
    return val_from_obj(r);
}

static Value justify(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name, char how)
{
    if (str_method_args(t, "str", name, nargs - 1, kwnames, 1, 2, ARGS_EXPECTED) < 0) return VAL_ERROR;
    int64_t width;
    if (op_index(t, args[1], &width) < 0) return VAL_ERROR;
    uint32_t fill = ' ';
    if (nargs > 2) {
        if (!str_check(args[2]))
            return exc_raise(t, &TypeErrorType, "The fill character must be a unicode character, not %T", args[2]);
        if (STR(args[2])->nchars != 1)
            return exc_raise(t, &TypeErrorType, "The fill character must be exactly one character long");
        fill = char_at(STR(args[2])->data);
    }
    int64_t n = (int64_t)STR(args[0])->nchars;
    if (width <= n) return exact_copy(t, args[0]);
    size_t marg = (size_t)(width - n), left = justify_left_margin(how, marg, width);
    return pad(t, args[0], left, marg - left, fill);
}

static Value str_center(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return justify(t, args, nargs, kwnames, "center", '^');
}

static Value str_ljust(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return justify(t, args, nargs, kwnames, "ljust", '<');
}

static Value str_rjust(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return justify(t, args, nargs, kwnames, "rjust", '>');
}

static Value str_zfill(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "str", "zfill", nargs - 1, kwnames, 1, 1, ARGS_ONE) < 0) return VAL_ERROR;
    int64_t width;
    if (op_index(t, args[1], &width) < 0) return VAL_ERROR;
    StrObj *s = STR(args[0]);
    if (width <= (int64_t)s->nchars) return exact_copy(t, args[0]);
    size_t fill = (size_t)width - s->nchars;
    Value v = pad(t, args[0], fill, 0, '0');
    if (v == VAL_ERROR) return v;
    /* The sign moves in front of the zeros. */
    StrObj *r = STR(v);
    if (s->len && (s->data[0] == '+' || s->data[0] == '-')) {
        r->data[0] = s->data[0];
        r->data[fill] = '0';
    }
    return v;
}

static Value str_expandtabs(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    if (arg_parse(t, "expandtabs", args + 1, nargs - 1, kwnames, "|tabsize", a) < 0) return VAL_ERROR;
    int64_t tabsize = 8;
    if (a[0] != VAL_UNBOUND && op_index(t, a[0], &tabsize) < 0) return VAL_ERROR;
    StrObj *s = STR(args[0]);
    if (!memchr(s->data, '\t', s->len)) return exact_copy(t, args[0]);
    StrBuf b;
    strbuf_init(&b);
    int64_t col = 0;
    for (const char *p = s->data, *end = p + s->len; p < end;) {
        const char *at = p;
        uint32_t c = utf8_next(&p);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t n = tabsize - col % tabsize;
                for (int64_t i = 0; i < n; i++) strbuf_putc(&b, ' ');
                col += n;
            }
            continue;
        }
        strbuf_append(&b, at, (size_t)(p - at));
        col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
    return strbuf_finish(t, &b);
}

/* ------------------------------------------------------------------ */
/* Splitting and joining */

static int split_whitespace(Thread *t, Value list, Value self, int64_t maxsplit)
{
    StrObj *s = STR(self);
    const char *p = s->data, *end = p + s->len;
    for (;;) {
        while (p < end) {
            const char *q = p;
            if (!uni_is_space(utf8_next(&q))) break;
            p = q;
        }
        if (p == end) return 0;
        if (maxsplit-- == 0) return append_piece(t, list, self, p, end);
        const char *word = p;
        while (p < end) {
            const char *q = p;
            if (uni_is_space(utf8_next(&q))) break;
            p = q;
        }
        if (append_piece(t, list, self, word, p) < 0) return -1;
    }
}

/* Like split_whitespace from the right; pieces come out last first. */
static int rsplit_whitespace(Thread *t, Value list, Value self, int64_t maxsplit)
{
    StrObj *s = STR(self);
    const char *start = s->data, *p = start + s->len;
    for (;;) {
        while (p > start) {
            const char *q = prev_char(p);
            if (!uni_is_space(char_at(q))) break;
            p = q;
        }
        if (p == start) return 0;
        if (maxsplit-- == 0) return append_piece(t, list, self, start, p);
        const char *word_end = p;
        while (p > start) {
            const char *q = prev_char(p);
            if (uni_is_space(char_at(q))) break;
            p = q;
        }
        if (append_piece(t, list, self, p, word_end) < 0) return -1;
    }
}

static int split_sep(Thread *t, Value list, Value self, StrObj *sep, int64_t maxsplit, bool right)
{
    StrObj *s = STR(self);
    const char *start = s->data, *end = start + s->len;
    while (maxsplit-- > 0) {
        const char *hit = right ? mem_search_back(start, (size_t)(end - start), sep->data, sep->len)
                                : mem_search(start, (size_t)(end - start), sep->data, sep->len);
        if (!hit) break;
        int rc = right ? append_piece(t, list, self, hit + sep->len, end)
                       : append_piece(t, list, self, start, hit);
        if (rc < 0) return -1;
        if (right) end = hit;
        else start = hit + sep->len;
    }
    return append_piece(t, list, self, start, end);
}

static Value split_impl(Thread *t, Value *args, int nargs, TupleObj *kwnames, bool right)
{
    Value a[2];
    if (arg_parse(t, right ? "rsplit" : "split", args + 1, nargs - 1, kwnames, "|sep,maxsplit", a) < 0)
        return VAL_ERROR;
    int64_t maxsplit = -1;
    if (a[1] != VAL_UNBOUND && op_index(t, a[1], &maxsplit) < 0) return VAL_ERROR;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    Value sep = a[0] == VAL_UNBOUND ? VAL_NONE : a[0];
    if (sep != VAL_NONE && !str_check(sep))
        return exc_raise(t, &TypeErrorType, "must be str or None, not %T", sep);
    if (sep != VAL_NONE && STR(sep)->len == 0) return exc_raise(t, &ValueErrorType, "empty separator");
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    int rc;
    if (sep == VAL_NONE) rc = right ? rsplit_whitespace(t, list, args[0], maxsplit)
                                    : split_whitespace(t, list, args[0], maxsplit);
    else rc = split_sep(t, list, args[0], STR(sep), maxsplit, right);
    gc_pop_roots(t, 1);
    if (rc < 0) return VAL_ERROR;
    if (right) list_reverse_items(list);
    return list;
}

static Value str_split(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return split_impl(t, args, nargs, kwnames, false);
}

static Value str_rsplit(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return split_impl(t, args, nargs, kwnames, true);
}

static Value str_splitlines(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    if (arg_parse(t, "splitlines", args + 1, nargs - 1, kwnames, "|keepends", a) < 0) return VAL_ERROR;
    int keep = 0;
    if (a[0] != VAL_UNBOUND && (keep = op_truth(t, a[0])) < 0) return VAL_ERROR;
    Value self = args[0];
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    StrObj *s = STR(self);
    const char *p = s->data, *end = p + s->len;
    while (p < end) {
        const char *line = p, *eol = end, *next = end;
        while (p < end) {
            const char *at = p;
            uint32_t c = utf8_next(&p);
            if (uni_is_linebreak(c)) {
                eol = at;
                if (c == '\r' && p < end && *p == '\n') p++;
                next = p;
                break;
            }
        }
        if (append_piece(t, list, self, line, keep ? next : eol) < 0) {
            gc_pop_roots(t, 1);
            return VAL_ERROR;
        }
        p = next;
    }
    gc_pop_roots(t, 1);
    return list;
}

Value str_join(Thread *t, Value sep, Value iterable)
{
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, sep);
    gc_push_root(t, iterable);
    Value seq = iterable;
    if (!list_check(seq) && !tuple_check(seq)) {
        Value it = op_iter(t, iterable);
        if (it == VAL_ERROR) {
            if (exc_matches(t, &TypeErrorType)) {
                exc_clear(t);
                exc_raise(t, &TypeErrorType, "can only join an iterable");
            }
            goto fail;
        }
        gc_push_root(t, it);
        seq = list_from_iterable(t, it);
        if (seq == VAL_ERROR) goto fail;
        gc_push_root(t, seq);
    }
    Value *items = list_check(seq) ? LIST(seq)->items : TUPLE(seq)->items;
    size_t n = list_check(seq) ? LIST(seq)->len : TUPLE(seq)->len;
    StrObj *sp = STR(sep);
    if (n == 1 && str_check_exact(items[0])) {
        gc_root_reset(t, mark);
        return items[0];
    }
    size_t len = 0, nchars = 0;
    for (size_t i = 0; i < n; i++) {
        if (!str_check(items[i])) {
            exc_raise(t, &TypeErrorType, "sequence item %d: expected str instance, %T found",
                      (int)i, items[i]);
            goto fail;
        }
        len += STR(items[i])->len + (i ? sp->len : 0);
        nchars += STR(items[i])->nchars + (i ? sp->nchars : 0);
    }
    StrObj *r = alloc_typed(t, &StrType, len);
    if (!r) goto fail;
    /* No script code ran since the check, so seq still holds only strs. */
    char *o = r->data;
    for (size_t i = 0; i < n; i++) {
        if (i) {
            memcpy(o, sp->data, sp->len);
            o += sp->len;
        }
        memcpy(o, STR(items[i])->data, STR(items[i])->len);
        o += STR(items[i])->len;
    }
    r->nchars = nchars;
    gc_root_reset(t, mark);
    return val_from_obj(r);
fail:
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

static Value str_join_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "str", "join", nargs - 1, kwnames, 1, 1, ARGS_ONE) < 0) return VAL_ERROR;
    return str_join(t, args[0], args[1]);
}

static Value partition_impl(Thread *t, Value *args, int nargs, TupleObj *kwnames, bool right)
{
    const char *name = right ? "rpartition" : "partition";
    if (str_method_args(t, "str", name, nargs - 1, kwnames, 1, 1, ARGS_ONE) < 0) return VAL_ERROR;
    Value self = args[0], sepv = args[1];
    if (!str_check(sepv)) return exc_raise(t, &TypeErrorType, "must be str, not %T", sepv);
    StrObj *s = STR(self), *sep = STR(sepv);
    if (sep->len == 0) return exc_raise(t, &ValueErrorType, "empty separator");
    const char *hit = right ? mem_search_back(s->data, s->len, sep->data, sep->len)
                            : mem_search(s->data, s->len, sep->data, sep->len);
    size_t cut = hit ? (size_t)(hit - s->data) : right ? 0 : s->len;
    size_t after = hit ? cut + sep->len : cut;
    Value parts[3];
    uint32_t mark = gc_root_mark(t);
    parts[0] = sub_bytes(t, self, 0, cut);
    if (parts[0] == VAL_ERROR) goto fail;
    gc_push_root(t, parts[0]);
    parts[1] = hit ? exact_copy(t, sepv) : new_known(t, "", 0, 0);
    if (parts[1] == VAL_ERROR) goto fail;
    gc_push_root(t, parts[1]);
    parts[2] = sub_bytes(t, self, after, s->len);
    if (parts[2] == VAL_ERROR) goto fail;
    gc_push_root(t, parts[2]);
    Value r = tuple_from_array(t, parts, 3);
    gc_root_reset(t, mark);
    return r;
fail:
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

static Value str_partition(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return partition_impl(t, args, nargs, kwnames, false);
}

static Value str_rpartition(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return partition_impl(t, args, nargs, kwnames, true);
}

/* ------------------------------------------------------------------ */
/* Searching and replacing */

static Value find_impl(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name,
                       bool reverse, bool raise)
{
    if (str_method_args(t, "str", name, nargs - 1, kwnames, 1, 3, ARGS_TAKES) < 0) return VAL_ERROR;
    if (!str_check(args[1])) return exc_raise(t, &TypeErrorType, "must be str, not %T", args[1]);
    StrObj *s = STR(args[0]);
    int64_t start, end;
    if (range_args(t, s, args, nargs, 2, &start, &end) < 0) return VAL_ERROR;
    int64_t i = find_in(s, STR(args[1]), start, end, reverse);
    if (i < 0 && raise) return exc_raise(t, &ValueErrorType, "substring not found");
    return val_from_small(i);
}

static Value str_find(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return find_impl(t, args, nargs, kwnames, "find", false, false);
}

static Value str_rfind(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return find_impl(t, args, nargs, kwnames, "rfind", true, false);
}

static Value str_index(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return find_impl(t, args, nargs, kwnames, "index", false, true);
}

static Value str_rindex(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return find_impl(t, args, nargs, kwnames, "rindex", true, true);
}

static Value str_count(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "str", "count", nargs - 1, kwnames, 1, 3, ARGS_TAKES) < 0) return VAL_ERROR;
    if (!str_check(args[1])) return exc_raise(t, &TypeErrorType, "must be str, not %T", args[1]);
    StrObj *s = STR(args[0]), *sub = STR(args[1]);
    int64_t start, end;
    if (range_args(t, s, args, nargs, 2, &start, &end) < 0) return VAL_ERROR;
    if (end - start < (int64_t)sub->nchars) return val_from_small(0);
    if (sub->len == 0) return val_from_small(end - start + 1);
    size_t bs, be;
    byte_range(s, start, end, &bs, &be);
    int64_t n = 0;
    const char *p = s->data + bs, *stop = s->data + be;
    while ((p = mem_search(p, (size_t)(stop - p), sub->data, sub->len)) != NULL) {
        n++;
        p += sub->len;
    }
    return val_from_small(n);
}

/* Does s[start:end] start (or end) with sub?  start/end as range_args. */
static bool tail_match(StrObj *s, StrObj *sub, int64_t start, int64_t end, bool suffix)
{
    if (end - start < (int64_t)sub->nchars) return false;
    if (sub->len == 0) return true;
    size_t bs, be;
    byte_range(s, start, end, &bs, &be);
    if (be - bs < sub->len) return false;
    return memcmp(suffix ? s->data + be - sub->len : s->data + bs, sub->data, sub->len) == 0;
}

static Value starts_impl(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name,
                         bool suffix)
{
    if (str_method_args(t, "str", name, nargs - 1, kwnames, 1, 3, ARGS_TAKES) < 0) return VAL_ERROR;
    StrObj *s = STR(args[0]);
    int64_t start, end;
    if (range_args(t, s, args, nargs, 2, &start, &end) < 0) return VAL_ERROR;
    Value x = args[1];
    if (str_check(x)) return val_from_bool(tail_match(s, STR(x), start, end, suffix));
    if (!tuple_check(x))
        return exc_raise(t, &TypeErrorType, "%s first arg must be str or a tuple of str, not %T", name, x);
    for (size_t i = 0; i < TUPLE(x)->len; i++) {
        Value item = TUPLE(x)->items[i];
        if (!str_check(item))
            return exc_raise(t, &TypeErrorType, "tuple for %s must only contain str, not %T", name, item);
        if (tail_match(s, STR(item), start, end, suffix)) return VAL_TRUE;
    }
    return VAL_FALSE;
}

static Value str_startswith(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return starts_impl(t, args, nargs, kwnames, "startswith", false);
}

static Value str_endswith(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return starts_impl(t, args, nargs, kwnames, "endswith", true);
}

static Value str_replace(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "str", "replace", nargs - 1, kwnames, 2, 3, ARGS_EXPECTED) < 0) return VAL_ERROR;
    for (int i = 1; i <= 2; i++)
        if (!str_check(args[i]))
            return exc_raise(t, &TypeErrorType, "replace() argument %d must be str, not %N", i, args[i]);
    int64_t count = -1;
    if (nargs > 3 && op_index(t, args[3], &count) < 0) return VAL_ERROR;
    if (count < 0) count = INT64_MAX;
    StrObj *s = STR(args[0]), *old = STR(args[1]), *rep = STR(args[2]);
    const char *p = s->data, *end = p + s->len;
    StrBuf b;
    strbuf_init(&b);
    if (old->len == 0) {
        /* An empty pattern matches before every character and at the end. */
        while (count > 0) {
            strbuf_append(&b, rep->data, rep->len);
            count--;
            if (p == end) break;
            const char *q = p + utf8_seq_len((unsigned char)*p);
            strbuf_append(&b, p, (size_t)(q - p));
            p = q;
        }
    } else {
        const char *hit;
        while (count > 0 && (hit = mem_search(p, (size_t)(end - p), old->data, old->len)) != NULL) {
            strbuf_append(&b, p, (size_t)(hit - p));
            strbuf_append(&b, rep->data, rep->len);
            p = hit + old->len;
            count--;
        }
        if (p == s->data) {
            strbuf_free(&b);
            return exact_copy(t, args[0]);
        }
    }
    strbuf_append(&b, p, (size_t)(end - p));
    return strbuf_finish(t, &b);
}

static Value affix_impl(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name,
                        bool suffix)
{
    if (str_method_args(t, "str", name, nargs - 1, kwnames, 1, 1, ARGS_ONE) < 0) return VAL_ERROR;
    if (!str_check(args[1]))
        return exc_raise(t, &TypeErrorType, "%s() argument must be str, not %N", name, args[1]);
    StrObj *s = STR(args[0]), *a = STR(args[1]);
    if (a->len == 0 || a->len > s->len) return exact_copy(t, args[0]);
    if (suffix ? memcmp(s->data + s->len - a->len, a->data, a->len) != 0
               : memcmp(s->data, a->data, a->len) != 0)
        return exact_copy(t, args[0]);
    return suffix ? sub_bytes(t, args[0], 0, s->len - a->len) : sub_bytes(t, args[0], a->len, s->len);
}

static Value str_removeprefix(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return affix_impl(t, args, nargs, kwnames, "removeprefix", false);
}

static Value str_removesuffix(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return affix_impl(t, args, nargs, kwnames, "removesuffix", true);
}

/* ------------------------------------------------------------------ */
/* Translation, encoding, formatting */

/* str.maketrans is static: args holds no self. */
static Value str_maketrans(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "str", "maketrans", nargs, kwnames, 1, 3, ARGS_EXPECTED) < 0) return VAL_ERROR;
    Value d = dict_new(t);
    if (d == VAL_ERROR) return d;
    gc_push_root(t, d);
    if (nargs == 1) {
        if (!dict_check(args[0])) {
            exc_raise(t, &TypeErrorType, "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        size_t pos = 0;
        Value k, v;
        while (dict_next(DICT(args[0]), &pos, &k, &v)) {
            if (str_check(k)) {
                if (STR(k)->nchars != 1) {
                    exc_raise(t, &ValueErrorType, "string keys in translate table must be of length 1");
                    goto fail;
                }
                k = val_from_small(char_at(STR(k)->data));
            } else if (!int_check(k)) {
                exc_raise(t, &TypeErrorType, "keys in translate table must be strings or integers");
                goto fail;
            }
            if (dict_set(t, DICT(d), k, v) < 0) goto fail;
        }
    } else {
        for (int i = 0; i < nargs; i++) {
            if (!str_check(args[i])) {
                if (i == 0)
                    exc_raise(t, &TypeErrorType, "first maketrans argument must be a string if there is a second argument");
                else
                    exc_raise(t, &TypeErrorType, "maketrans() argument %d must be str, not %N", i + 1, args[i]);
                goto fail;
            }
        }
        StrObj *x = STR(args[0]), *y = STR(args[1]);
        if (x->nchars != y->nchars) {
            exc_raise(t, &ValueErrorType, "the first two maketrans arguments must have equal length");
            goto fail;
        }
        for (const char *p = x->data, *q = y->data, *end = p + x->len; p < end;) {
            Value k = val_from_small(utf8_next(&p)), v = val_from_small(utf8_next(&q));
            if (dict_set(t, DICT(d), k, v) < 0) goto fail;
        }
        if (nargs == 3) {
            StrObj *z = STR(args[2]);
            for (const char *p = z->data, *end = p + z->len; p < end;)
                if (dict_set(t, DICT(d), val_from_small(utf8_next(&p)), VAL_NONE) < 0) goto fail;
        }
    }
    gc_pop_roots(t, 1);
    return d;
fail:
    gc_pop_roots(t, 1);
    return VAL_ERROR;
}

/* table[c] for translate: VAL_UNBOUND when the table has no entry. */
static Value translate_lookup(Thread *t, Value table, uint32_t c)
{
    Value key = val_from_small(c);
    if (val_is_type(table, &DictType)) return dict_get(t, DICT(table), key);
    Value v = op_getitem(t, table, key);
    if (v == VAL_ERROR && exc_matches(t, &LookupErrorType)) {
        exc_clear(t);
        return VAL_UNBOUND;
    }
    return v;
}

static Value str_translate(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "str", "translate", nargs - 1, kwnames, 1, 1, ARGS_ONE) < 0) return VAL_ERROR;
    StrObj *s = STR(args[0]);
    StrBuf b;
    strbuf_init(&b);
    for (const char *p = s->data, *end = p + s->len; p < end;) {
        const char *at = p;
        uint32_t c = utf8_next(&p);
        Value v = translate_lookup(t, args[1], c);
        if (v == VAL_ERROR) goto fail;
        if (v == VAL_UNBOUND) {
            strbuf_append(&b, at, (size_t)(p - at));
        } else if (str_check(v)) {
            strbuf_put_str(&b, v);
        } else if (int_check(v)) {
            int64_t cp;
            if (int_as_i64(t, v, &cp) < 0 || cp < 0 || cp > 0x10FFFF) {
                exc_clear(t);
                exc_raise(t, &ValueErrorType, "character mapping must be in range(0x110000)");
                goto fail;
            }
            strbuf_put_codepoint(&b, (uint32_t)cp);
        } else if (v != VAL_NONE) {
            exc_raise(t, &TypeErrorType, "character mapping must return integer, None or str");
            goto fail;
        }
    }
    return strbuf_finish(t, &b);
fail:
    strbuf_free(&b);
    return VAL_ERROR;
}

static Value str_encode_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "encode", args + 1, nargs - 1, kwnames, "|encoding,errors", a) < 0) return VAL_ERROR;
    static const char *const names[] = { "encoding", "errors" };
    for (int i = 0; i < 2; i++)
        if (a[i] != VAL_UNBOUND && !str_check(a[i]))
            return exc_raise(t, &TypeErrorType, "encode() argument '%s' must be str, not %N",
                             names[i], a[i]);
    return str_encode(t, args[0], a[0], a[1]);
}

static Value str_format_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return format_str_format(t, args[0], args + 1, nargs - 1, kwnames);
}

static Value str_format_map(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "str", "format_map", nargs - 1, kwnames, 1, 1, ARGS_ONE) < 0) return VAL_ERROR;
    return format_str_format_map(t, args[0], args[1]);
}

static Value str_format_spec(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (str_method_args(t, "str", "__format__", nargs - 1, kwnames, 1, 1, ARGS_ONE) < 0) return VAL_ERROR;
    if (!str_check(args[1]))
        return exc_raise(t, &TypeErrorType, "__format__() argument must be str, not %N", args[1]);
    return format_str(t, args[0], args[1]);
}

/* ------------------------------------------------------------------ */
/* The types */

static const MethodDef str_methods[] = {
    {"upper", str_upper, 0},
    {"lower", str_lower, 0},
    {"capitalize", str_capitalize, 0},
    {"title", str_title, 0},
    {"swapcase", str_swapcase, 0},
    {"casefold", str_casefold, 0},
    {"center", str_center, 0},
    {"ljust", str_ljust, 0},
    {"rjust", str_rjust, 0},
    {"zfill", str_zfill, 0},
    {"strip", str_strip, 0},
    {"lstrip", str_lstrip, 0},
    {"rstrip", str_rstrip, 0},
    {"split", str_split, 0},
    {"rsplit", str_rsplit, 0},
    {"splitlines", str_splitlines, 0},
    {"join", str_join_m, 0},
    {"partition", str_partition, 0},
    {"rpartition", str_rpartition, 0},
    {"replace", str_replace, 0},
    {"find", str_find, 0},
    {"rfind", str_rfind, 0},
    {"index", str_index, 0},
    {"rindex", str_rindex, 0},
    {"count", str_count, 0},
    {"startswith", str_startswith, 0},
    {"endswith", str_endswith, 0},
    {"isalpha", str_isalpha, 0},
    {"isalnum", str_isalnum, 0},
    {"isdecimal", str_isdecimal, 0},
    {"isdigit", str_isdigit, 0},
    {"isnumeric", str_isnumeric, 0},
    {"isspace", str_isspace, 0},
    {"isupper", str_isupper, 0},
    {"islower", str_islower, 0},
    {"istitle", str_istitle, 0},
    {"isidentifier", str_isidentifier, 0},
    {"isprintable", str_isprintable, 0},
    {"isascii", str_isascii, 0},
    {"expandtabs", str_expandtabs, 0},
    {"encode", str_encode_m, 0},
    {"format", str_format_m, 0},
    {"format_map", str_format_map, 0},
    {"__format__", str_format_spec, 0},
    {"removeprefix", str_removeprefix, 0},
    {"removesuffix", str_removesuffix, 0},
    {"maketrans", str_maketrans, METH_STATIC},
    {"translate", str_translate, 0},
    {NULL, NULL, 0},
};

TypeObj StrType = {
    .base = { .type = &TypeType },
    .name = "str",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(StrObj),
    .new_ = str_tp_new,
    .repr = str_repr,
    .str = str_tp_str,
    .hash = str_tp_hash,
    .truth = str_truth,
    .binary = str_binary,
    .compare = str_tp_compare,
    .len = str_tp_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .methods = str_methods,
};

/* Code points left: the bytes from pos that do not continue a sequence. */
static Value str_iter_length_hint(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "str_iterator.__length_hint__", nargs, kwnames) < 0) return VAL_ERROR;
    StrIterObj *it = (StrIterObj *)val_as_obj(args[0]);
    StrObj *s = STR(it->str);
    if (it->pos >= s->len) return val_from_small(0);
    if (s->len == s->nchars) return val_from_small((int64_t)(s->len - it->pos));
    int64_t n = 0;
    for (size_t i = it->pos; i < s->len; i++)
        n += ((unsigned char)s->data[i] & 0xC0) != 0x80;
    return val_from_small(n);
}

static const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObj StrIterType = {
    .base = { .type = &TypeType },
    .name = "str_iterator",
    .base_type = &ObjectType,
    .instance_size = sizeof(StrIterObj),
    .trace = str_iter_trace,
    .iter = op_iter_self,
    .next = str_iter_next,
    .methods = str_iter_methods,
};
