/*
 * args.c -- argument parsing for native functions (see args.h).
 */
#include <stdint.h>
#include <string.h>

#include "args.h"
#include "exc.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"

typedef struct {
    const char *name[ARG_PARAMS_MAX];
    size_t len[ARG_PARAMS_MAX];
    int n;                      /* parameters */
    int posonly;                /* the first posonly are positional-only */
    int required;               /* the first required must be given */
    int positional;             /* the first positional may be given by position */
} Spec;

static void parse_spec(const char *s, Spec *sp)
{
    sp->n = sp->posonly = 0;
    sp->required = sp->positional = -1;
    const char *p = s;
    while (*p && sp->n < ARG_PARAMS_MAX) {
        if (*p == '/') { sp->posonly = sp->n; p++; continue; }
        if (*p == '|') { if (sp->required < 0) sp->required = sp->n; p++; continue; }
        if (*p == '$') {
            if (sp->required < 0) sp->required = sp->n;
            sp->positional = sp->n;
            p++;
            continue;
        }
        if (*p == ',') { p++; continue; }
        const char *e = p;
        while (*e && *e != ',' && *e != '|' && *e != '$' && *e != '/') e++;
        sp->name[sp->n] = p;
        sp->len[sp->n] = (size_t)(e - p);
        sp->n++;
        p = e;
    }
    if (sp->required < 0) sp->required = sp->n;
    if (sp->positional < 0) sp->positional = sp->n;
}

/* Specs are string literals, each parsed once: a small table keyed by
 * the literal's address remembers the result. */
#define SPEC_CACHE_SIZE 256
static struct {
    const char *spec;
    Spec parsed;
} spec_cache[SPEC_CACHE_SIZE];

static const Spec *spec_of(const char *s)
{
    size_t h = ((uintptr_t)s >> 3) & (SPEC_CACHE_SIZE - 1);
    if (spec_cache[h].spec != s) {
        parse_spec(s, &spec_cache[h].parsed);
        spec_cache[h].spec = s;
    }
    return &spec_cache[h].parsed;
}

static const char *plural(int n)
{
    return n == 1 ? "" : "s";
}

static int find_kw(const Spec *sp, StrObj *k)
{
    for (int i = 0; i < sp->n; i++)
        if (k->len == sp->len[i] && memcmp(k->data, sp->name[i], k->len) == 0) return i;
    return -1;
}

int arg_parse(Thread *t, const char *fname, Value *args, int nargs, TupleObj *kwnames,
              const char *spec, Value *out)
{
    const Spec *sp = spec_of(spec);
    int nkw = kwnames ? (int)kwnames->len : 0;
    for (int i = 0; i < sp->n; i++) out[i] = VAL_UNBOUND;
    if (nargs + nkw > sp->n) {
        exc_raise(t, &TypeErrorType, "%s() takes at most %d %sargument%s (%d given)", fname, sp->n,
                  nargs == 0 ? "keyword " : "", plural(sp->n), nargs + nkw);
        return -1;
    }
    if (nargs > sp->positional) {
        if (sp->positional == 0)
            exc_raise(t, &TypeErrorType, "%s() takes no positional arguments", fname);
        else
            exc_raise(t, &TypeErrorType, "%s() takes %s %d positional argument%s (%d given)",
                      fname, sp->required < sp->positional ? "at most" : "exactly",
                      sp->positional, plural(sp->positional), nargs);
        return -1;
    }
    for (int i = 0; i < nargs; i++) out[i] = args[i];
    for (int k = 0; k < nkw; k++) {
        StrObj *name = STR(kwnames->items[k]);
        int i = find_kw(sp, name);
        if (i < 0 || i < sp->posonly) {
            exc_raise(t, &TypeErrorType, "'%U' is an invalid keyword argument for %s()", name, fname);
            return -1;
        }
        if (i < nargs) {
            exc_raise(t, &TypeErrorType, "argument for %s() given by name ('%U') and position (%d)",
                      fname, name, i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    for (int i = 0; i < sp->required; i++) {
        if (out[i] != VAL_UNBOUND) continue;
        if (i < sp->posonly)
            exc_raise(t, &TypeErrorType, "%s() takes %s %d positional argument%s (%d given)",
                      fname, sp->required < sp->positional ? "at least" : "exactly",
                      sp->posonly, plural(sp->posonly), nargs);
        else
            exc_raise(t, &TypeErrorType, "%s() missing required argument '%.*s' (pos %d)", fname,
                      (int)sp->len[i], sp->name[i], i + 1);
        return -1;
    }
    return 0;
}

int arg_no_kw(Thread *t, const char *fname, TupleObj *kwnames)
{
    if (kwnames && kwnames->len) {
        exc_raise(t, &TypeErrorType, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int arg_count_expected(Thread *t, const char *fname, int nargs, int min, int max)
{
    if (nargs >= min && (max < 0 || nargs <= max)) return 0;
    if (min == max)
        exc_raise(t, &TypeErrorType, "%s expected %d argument%s, got %d", fname, min, plural(min),
                  nargs);
    else if (nargs < min)
        exc_raise(t, &TypeErrorType, "%s expected at least %d argument%s, got %d", fname, min,
                  plural(min), nargs);
    else
        exc_raise(t, &TypeErrorType, "%s expected at most %d argument%s, got %d", fname, max,
                  plural(max), nargs);
    return -1;
}

int arg_none(Thread *t, const char *fname, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, fname, kwnames) < 0) return -1;
    return arg_count(t, fname, nargs - 1, 0, 0);
}

int arg_count(Thread *t, const char *fname, int nargs, int min, int max)
{
    if (nargs >= min && (max < 0 || nargs <= max)) return 0;
    if (min == max && max == 0)
        exc_raise(t, &TypeErrorType, "%s() takes no arguments (%d given)", fname, nargs);
    else if (min == max && max == 1)
        exc_raise(t, &TypeErrorType, "%s() takes exactly one argument (%d given)", fname, nargs);
    else
        return arg_count_expected(t, fname, nargs, min, max);
    return -1;
}

Value arg_kw(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name)
{
    (void)t;
    if (!kwnames) return VAL_UNBOUND;
    for (size_t i = 0; i < kwnames->len; i++)
        if (str_eq_cstr(STR(kwnames->items[i]), name)) return args[nargs + (int)i];
    return VAL_UNBOUND;
}

int arg_ssize(Thread *t, Value v, int64_t *out)
{
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return 0;
    }
    if (int_check(v) && !val_is_bool(v) && int_as_i64(t, v, out) < 0) {
        exc_clear(t);
        exc_raise(t, &OverflowErrorType, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return op_index(t, v, out);
}
