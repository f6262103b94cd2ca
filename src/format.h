/*
 * format.h -- the format-spec mini-language, str.format and printf-style
 * `%` formatting.
 *
 * Every function here returns a str, or VAL_ERROR with CPython's
 * exception ("Unknown format code 'x' for object of type 'str'" ...).
 * They allocate, and the ones that format other objects run script code
 * (__format__, __str__, __repr__, __getitem__), so they may collect.
 */
#ifndef ASTER_FORMAT_H
#define ASTER_FORMAT_H

#include "object.h"

/* Parsed "[[fill]align][sign][z][#][0][width][grouping][.precision][type]". */
typedef struct {
    uint32_t fill;              /* code point, default ' ' */
    char align;                 /* '<' '>' '^' '=' or 0 */
    char sign;                  /* '+' '-' ' ' or 0 */
    bool no_neg_zero;           /* 'z': -0.0 formats as 0.0 */
    bool alternate;             /* '#' */
    bool zero;                  /* '0' before the width */
    int64_t width;              /* -1 if absent */
    char grouping;              /* ',' '_' or 0 */
    int64_t precision;          /* -1 if absent */
    char type;                  /* 0 if absent */
} FormatSpec;

/* Parses spec text (a str) for a value of type `tname` (named in the
 * errors): ValueError "Invalid format specifier ..." and the like.
 * zero means '0' came before the width: the fill is then '0' unless one
 * was given; align stays 0 when not given. */
int format_parse_spec(Thread *t, Value spec, const char *tname, FormatSpec *out);
/* format(value, spec) for the builtin types, spec a str: the __format__
 * of int and bool (format_int: float presentation types convert to
 * float), float, and str.  An empty spec gives str(value). */
Value format_int(Thread *t, Value v, Value spec);
Value format_float(Thread *t, Value v, Value spec);
Value format_str(Thread *t, Value v, Value spec);
/* fmt.format(*args, **kwargs): args holds nargs positional values and
 * then one value per name in kwnames (the native calling convention). */
Value format_str_format(Thread *t, Value fmt, Value *args, int nargs, TupleObj *kwnames);
/* fmt.format_map(mapping): keyword fields are looked up with mapping[key]. */
Value format_str_format_map(Thread *t, Value fmt, Value mapping);
/* fmt % values: values is a tuple of arguments, a mapping for
 * %(name)s, or a single argument. */
Value format_percent(Thread *t, Value fmt, Value values);

#endif
