/*
 * obj_str.h -- str: immutable Unicode text stored as UTF-8.
 *
 * `len` is in bytes and `nchars` in code points; when they are equal the
 * string is ASCII and indexing is O(1).  Indexing non-ASCII text walks
 * the bytes.  Identifiers and attribute names are interned (one object
 * per text) so dict lookups by name compare pointers first.
 *
 * Strings are immutable once published, so results may be shared: the
 * empty string is one object, one-character ASCII strings are cached in
 * Interp.char_cache, and an operation that changes nothing may return
 * its (exact str) argument.  Unless noted, a function returning a Value
 * or a pointer allocates, so it may collect, and fails with MemoryError
 * (VAL_ERROR / NULL).  Value arguments must be rooted by the caller,
 * like the arguments of any call.
 */
#ifndef ASTER_OBJ_STR_H
#define ASTER_OBJ_STR_H

#include <stddef.h>
#include "object.h"

struct StrObj {
    Obj base;
    int64_t hash;               /* -1 until computed */
    size_t len;                 /* bytes, excluding the NUL */
    size_t nchars;              /* code points */
    bool interned;
    char data[];                /* UTF-8, NUL-terminated */
};

#define STR(v) ((StrObj *)val_as_obj(v))
static inline bool str_check(Value v) { return val_is_obj(v) && val_isinstance(v, &StrType); }
static inline bool str_check_exact(Value v) { return val_is_type(v, &StrType); }
static inline const char *str_cstr(Value v) { return STR(v)->data; }

/* New str from UTF-8 text (assumed valid: check outside text with
 * utf8_validate or decode it with str_decode). */
Value str_new(Thread *t, const char *utf8, size_t len);
Value str_from_cstr(Thread *t, const char *s);
/* Uninitialised str of len bytes for the caller to fill, then
 * str_finish_raw to count code points. */
StrObj *str_alloc(Thread *t, size_t len);
Value str_finish_raw(StrObj *s);
/* The interned str for text (created on first use).  NULL on MemoryError. */
StrObj *str_intern(Thread *t, const char *s);
StrObj *str_intern_len(Thread *t, const char *s, size_t len);
/* Interns an existing str: returns the canonical object, which is s
 * itself the first time (or an exact copy of a subclass instance).
 * Interned strings live as long as the interpreter (Interp.interned). */
StrObj *str_intern_obj(Thread *t, StrObj *s);

/* The cached hash of s (computed on first use); never -1, 0 for "". */
int64_t str_hash(StrObj *s);
/* Equal texts?  Never allocates. */
static inline bool str_eq(StrObj *a, StrObj *b)
{
    return a == b || (a->len == b->len && (a->hash == -1 || b->hash == -1 || a->hash == b->hash)
                      && memcmp(a->data, b->data, a->len) == 0);
}
bool str_eq_cstr(StrObj *a, const char *s);
int str_compare(StrObj *a, StrObj *b);         /* by code point: -1, 0, 1 */
/* a + b, both str. */
Value str_concat(Thread *t, Value a, Value b);
/* repr(): quotes and escapes like Python. */
Value str_repr(Thread *t, Value s);
/* The text of s with every non-ASCII code point escaped (\xNN, \uNNNN,
 * \UNNNNNNNN), unquoted: ascii(x) is str_ascii(repr(x)). */
Value str_ascii(Thread *t, Value s);
/* Single code point str (cached for ASCII). */
Value str_from_codepoint(Thread *t, uint32_t cp);
/* Byte offset of code point index i (0 <= i <= nchars). */
size_t str_offset(StrObj *s, size_t i);
/* s[start:stop] by code point indexes, already clamped. */
Value str_substr(Thread *t, Value s, size_t start, size_t stop);
/* sep.join(iterable): may run script code (iteration); TypeError
 * "sequence item 1: expected str instance, int found". */
Value str_join(Thread *t, Value sep, Value iterable);

/* The hash of a byte string (str_hash and bytes use it); never -1. */
int64_t str_hash_bytes(const void *data, size_t len);

/* Instances of str subclasses keep their extra fields (the instance
 * dict ...) after the text, at this offset from the object start: the
 * text's length varies, so no fixed dict_offset can describe them. */
static inline size_t str_extra_offset(const StrObj *s)
{
    return (offsetof(StrObj, data) + s->len + 1 + 7) & ~(size_t)7;
}

/* Codecs: utf-8, ascii and latin-1 under their usual aliases.
 * `encoding` and `errors` are str values or VAL_UNBOUND (utf-8,
 * "strict").  Handlers: strict, ignore, replace, backslashreplace and,
 * for encoding, xmlcharrefreplace.  LookupError for an unknown codec,
 * UnicodeEncodeError / UnicodeDecodeError with CPython's messages. */
Value str_encode(Thread *t, Value s, Value encoding, Value errors);       /* -> bytes */
Value str_decode(Thread *t, const void *data, size_t len, Value encoding, Value errors);

/* Argument-count checks of builtin methods, in the wording CPython uses
 * for each method (`tname` is "str" or "bytes", `name` the method):
 *   ARGS_NONE      "str.upper() takes no arguments (1 given)"
 *   ARGS_ONE       "str.join() takes exactly one argument (2 given)"
 *   ARGS_TAKES     "find() takes at least 1 argument (0 given)"
 *   ARGS_EXPECTED  "center expected at most 2 arguments, got 3"
 * Keyword arguments always fail: "str.find() takes no keyword arguments".
 * nargs excludes self.  Returns 0, or -1 with TypeError set. */
/* A start/end argument of find and friends (str and bytes): None or
 * VAL_UNBOUND leaves *out alone; a huge int is clamped; anything else
 * without __index__ is the "slice indices must be integers" TypeError. */
int str_bound_arg(Thread *t, Value v, int64_t *out);

typedef enum { ARGS_NONE, ARGS_ONE, ARGS_TAKES, ARGS_EXPECTED } ArgsStyle;
int str_method_args(Thread *t, const char *tname, const char *name, int nargs,
                    TupleObj *kwnames, int min, int max, ArgsStyle style);

#endif
