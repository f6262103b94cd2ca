/*
 * ffi_cdecl.c -- parsing one C function declaration, as in a header:
 *
 *     double frexp(double x, int *exp);
 *     int snprintf(char *buf, size_t n, const char *fmt, ...);
 *     struct tm *gmtime_r(const time_t *t, struct tm *out);
 *
 * The C subset: base types spelt as in C (`unsigned long`, `signed char`,
 * `_Bool`, `size_t`, `int32_t`, ...), `const`/`volatile`/`restrict`
 * (ignored), pointers, parameter names, array parameters (pointers, as
 * in C), `(void)`, and a trailing `...`.  Struct and typedef names come
 * from a dict the caller passes (`{"struct tm": tm, "time_t":
 * ffi.int64}`).  Anything else is a ValueError naming the column.
 */
#include <stdio.h>
#include <string.h>
#include "ffi_objects.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"

typedef enum { TOK_END, TOK_IDENT, TOK_NUMBER, TOK_PUNCT, TOK_ELLIPSIS, TOK_BAD } TokKind;

typedef struct {
    Thread *t;
    const char *src, *p;        /* the text, and the next character */
    Value types;                /* dict of extra names, or VAL_NONE */
    TokKind kind;
    const char *tok;            /* the current token */
    size_t len;
} Parser;

static bool is_ident_char(char c, bool first)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
}

static void next_token(Parser *ps)
{
    while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r') ps->p++;
    const char *s = ps->p;
    ps->tok = s;
    if (!*s) {
        ps->kind = TOK_END;
        ps->len = 0;
    } else if (is_ident_char(*s, true)) {
        while (is_ident_char(*ps->p, false)) ps->p++;
        ps->kind = TOK_IDENT;
    } else if (*s >= '0' && *s <= '9') {
        while (*ps->p >= '0' && *ps->p <= '9') ps->p++;
        ps->kind = TOK_NUMBER;
    } else if (strncmp(s, "...", 3) == 0) {
        ps->p += 3;
        ps->kind = TOK_ELLIPSIS;
    } else {
        ps->p++;
        ps->kind = strchr("*(),;[]", *s) ? TOK_PUNCT : TOK_BAD;
    }
    ps->len = (size_t)(ps->p - s);
}

static bool is_word(const Parser *ps, const char *w)
{
    return ps->kind == TOK_IDENT && strlen(w) == ps->len && memcmp(ps->tok, w, ps->len) == 0;
}

static bool is_punct(const Parser *ps, char c)
{
    return ps->kind == TOK_PUNCT && *ps->tok == c;
}

static int syntax_error(Parser *ps, const char *what)
{
    if (ps->kind == TOK_END)
        exc_raise(ps->t, &ValueErrorType, "C declaration: %s at the end of '%s'", what, ps->src);
    else
        exc_raise(ps->t, &ValueErrorType, "C declaration: %s at column %d ('%.*s') of '%s'", what,
                  (int)(ps->tok - ps->src) + 1, (int)ps->len, ps->tok, ps->src);
    return -1;
}

/* A name from the caller's dict ("time_t", "struct tm"), or NULL. */
static CTypeObj *extra_type(Parser *ps, const char *name, size_t len)
{
    if (ps->types == VAL_NONE) return NULL;
    StrObj *key = str_intern_len(ps->t, name, len);
    if (!key) return NULL;
    Value v = dict_get_str((DictObj *)val_as_obj(ps->types), key);
    return v != VAL_UNBOUND && ctype_check(v) ? CTYPE(v) : NULL;
}

static const struct { const char *name; CTypeObj *type; } typedef_names[] = {
    { "size_t", &ffi_size_t }, { "ssize_t", &ffi_ssize_t }, { "int8_t", &ffi_int8 },
    { "uint8_t", &ffi_uint8 }, { "int16_t", &ffi_int16 }, { "uint16_t", &ffi_uint16 },
    { "int32_t", &ffi_int32 }, { "uint32_t", &ffi_uint32 }, { "int64_t", &ffi_int64 },
    { "uint64_t", &ffi_uint64 }, { "intptr_t", &ffi_int64 }, { "uintptr_t", &ffi_uint64 },
    { "bool", &ffi_bool }, { "_Bool", &ffi_bool },
};

/* The base type: qualifiers and type words, or one type name. */
static CTypeObj *parse_base(Parser *ps)
{
    int nunsigned = 0, nsigned = 0, nshort = 0, nlong = 0;
    const char *word = NULL;    /* char, int, float, double or void */
    CTypeObj *named = NULL;
    for (;; next_token(ps)) {
        if (is_word(ps, "const") || is_word(ps, "volatile") || is_word(ps, "restrict")) continue;
        if (is_word(ps, "unsigned")) nunsigned++;
        else if (is_word(ps, "signed")) nsigned++;
        else if (is_word(ps, "short")) nshort++;
        else if (is_word(ps, "long")) nlong++;
        else if (!word && !named && (is_word(ps, "char") || is_word(ps, "int") || is_word(ps, "float")
                                     || is_word(ps, "double") || is_word(ps, "void")))
            word = ps->tok;
        else if (!word && !named && !nunsigned && !nsigned && !nshort && !nlong && is_word(ps, "struct")) {
            const char *start = ps->tok;
            next_token(ps);
            if (ps->kind != TOK_IDENT) return syntax_error(ps, "expected a struct name"), NULL;
            named = extra_type(ps, start, (size_t)(ps->p - start));
            if (!named && !exc_pending(ps->t))
                return syntax_error(ps, "unknown struct (pass it in types)"), NULL;
            if (!named) return NULL;
        } else if (!word && !named && !nunsigned && !nsigned && !nshort && !nlong && ps->kind == TOK_IDENT) {
            for (size_t i = 0; i < sizeof typedef_names / sizeof typedef_names[0]; i++)
                if (is_word(ps, typedef_names[i].name)) named = typedef_names[i].type;
            if (!named) named = extra_type(ps, ps->tok, ps->len);
            if (!named && !exc_pending(ps->t))
                return syntax_error(ps, "unknown type name (pass it in types)"), NULL;
            if (!named) return NULL;
        } else {
            break;
        }
    }
    if (named) return named;
    int words = nunsigned + nsigned + nshort + nlong;
    if (!word && !words) return syntax_error(ps, "expected a type"), NULL;
    if (nunsigned + nsigned > 1 || nshort > 1 || nlong > 2 || (nshort && nlong))
        return syntax_error(ps, "bad type"), NULL;
    char w = word ? *word : 'i';            /* the words are distinct in their first letter */
    if (word && word[0] == 'd' && nlong) return syntax_error(ps, "long double is not supported"), NULL;
    if ((w == 'f' || w == 'd' || w == 'v') && words) return syntax_error(ps, "bad type"), NULL;
    if (w == 'c' && (nshort || nlong)) return syntax_error(ps, "bad type"), NULL;
    switch (w) {
    case 'v': return &ffi_void;
    case 'f': return &ffi_float;
    case 'd': return &ffi_double;
    case 'c': return nunsigned ? &ffi_uint8 : &ffi_char;
    default:
        if (nshort) return nunsigned ? &ffi_ushort : &ffi_short;
        if (nlong) return nunsigned ? &ffi_ulong : &ffi_long;
        return nunsigned ? &ffi_uint : &ffi_int;
    }
}

/* A base type and its stars; the result is rooted on the thread. */
static CTypeObj *parse_type(Parser *ps)
{
    CTypeObj *ct = parse_base(ps);
    if (!ct) return NULL;
    while (is_punct(ps, '*') || is_word(ps, "const") || is_word(ps, "restrict") || is_word(ps, "volatile")) {
        if (is_punct(ps, '*')) {
            gc_push_root(ps->t, val_from_obj(ct));
            ct = ctype_pointer(ps->t, ct);
            gc_pop_roots(ps->t, 1);
            if (!ct) return NULL;
        }
        next_token(ps);
    }
    gc_push_root(ps->t, val_from_obj(ct));
    return ct;
}

/* A parameter: a type, perhaps a name, perhaps [N] (a pointer). */
static CTypeObj *parse_param(Parser *ps)
{
    CTypeObj *ct = parse_type(ps);
    if (!ct) return NULL;
    if (ps->kind == TOK_IDENT) next_token(ps);
    if (is_punct(ps, '[')) {
        next_token(ps);
        if (ps->kind == TOK_NUMBER) next_token(ps);
        if (!is_punct(ps, ']')) return syntax_error(ps, "expected ']'"), NULL;
        next_token(ps);
        ct = ctype_pointer(ps->t, ct);
        if (!ct) return NULL;
        gc_push_root(ps->t, val_from_obj(ct));
    }
    if (ct->kind == CT_VOID) return syntax_error(ps, "a parameter cannot be void"), NULL;
    return ct;
}

/* A type in C syntax ("unsigned long", "const char *"). */
CTypeObj *ffi_parse_ctype(Thread *t, Value text)
{
    Parser ps = { .t = t, .src = str_cstr(text), .p = str_cstr(text), .types = VAL_NONE };
    uint32_t mark = gc_root_mark(t);
    next_token(&ps);
    CTypeObj *ct = parse_type(&ps);
    gc_root_reset(t, mark);
    if (ct && ps.kind == TOK_END) return ct;
    if (ct || !exc_matches(t, &MemoryErrorType)) {
        exc_clear(t);
        exc_raise(t, &ValueErrorType, "unknown C type name '%s'", str_cstr(text));
    }
    return NULL;
}

/* (name, restype, [argtypes], variadic) from the text of a declaration. */
Value ffi_parse_cdecl(Thread *t, Value text, Value types)
{
    if (!str_check(text)) return exc_raise(t, &TypeErrorType, "a C declaration must be a str");
    if (types != VAL_NONE && !dict_check(types)) return exc_raise(t, &TypeErrorType, "types must be a dict");
    Parser ps = { .t = t, .src = str_cstr(text), .p = str_cstr(text), .types = types };
    uint32_t mark = gc_root_mark(t);
    Value result = VAL_ERROR;
    next_token(&ps);
    CTypeObj *restype = parse_type(&ps);
    if (!restype) goto out;
    if (ps.kind != TOK_IDENT) {
        syntax_error(&ps, "expected the function's name");
        goto out;
    }
    Value name = str_new(t, ps.tok, ps.len);
    if (name == VAL_ERROR) goto out;
    gc_push_root(t, name);
    Value params = list_new(t, 0);
    if (params == VAL_ERROR) goto out;
    gc_push_root(t, params);
    next_token(&ps);
    if (!is_punct(&ps, '(')) {
        syntax_error(&ps, "expected '('");
        goto out;
    }
    next_token(&ps);
    bool variadic = false;
    if (is_word(&ps, "void")) {
        /* (void), unless it is (void *p) */
        Parser save = ps;
        next_token(&ps);
        if (!is_punct(&ps, ')')) ps = save;
    }
    while (!is_punct(&ps, ')')) {
        if (ps.kind == TOK_ELLIPSIS) {
            if (LIST(params)->len == 0) {
                syntax_error(&ps, "'...' needs a parameter before it");
                goto out;
            }
            variadic = true;
            next_token(&ps);
            if (!is_punct(&ps, ')')) {
                syntax_error(&ps, "expected ')' after '...'");
                goto out;
            }
            break;
        }
        CTypeObj *param = parse_param(&ps);
        if (!param || list_append(t, params, val_from_obj(param)) < 0) goto out;
        if (is_punct(&ps, ',')) {
            next_token(&ps);
            if (is_punct(&ps, ')')) {
                syntax_error(&ps, "expected a parameter");
                goto out;
            }
        } else if (!is_punct(&ps, ')')) {
            syntax_error(&ps, "expected ',' or ')'");
            goto out;
        }
    }
    next_token(&ps);
    if (is_punct(&ps, ';')) next_token(&ps);
    if (ps.kind != TOK_END) {
        syntax_error(&ps, "unexpected text after the declaration");
        goto out;
    }
    result = tuple_pack(t, 4, name, val_from_obj(restype), params, val_from_bool(variadic));
out:
    gc_root_reset(t, mark);
    return result;
}
