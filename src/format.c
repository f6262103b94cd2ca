/*
 * format.c -- the format-spec mini-language (format(), f-strings,
 * __format__ of int, float and str), str.format / format_map, and
 * printf-style `str % values`.
 *
 * Numbers are laid out in one place (render_number): sign, prefix
 * ("0x"), the integer digits (grouped with ',' or '_'), then the rest
 * (fraction, exponent, '%'), padded to the width.  Zero padding with
 * grouping pads the digits themselves, so the zeros get separators too:
 * format(1234, '010,') == '00,001,234'.  Float digits come from the C
 * library's printf, which rounds correctly, like Python's own dtoa.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "format.h"
#include "obj_str.h"
#include "obj_int.h"
#include "obj_float.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "ops.h"
#include "strbuf.h"
#include "utf8.h"

/* ------------------------------------------------------------------ */
/* Parsing the spec */

static bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* A decimal number of the spec; -1 with ValueError if too large. */
static int parse_count(Thread *t, const char **p, const char *end, int64_t *out)
{
    int64_t n = 0;
    for (; *p < end && is_digit(**p); (*p)++) {
        if (n > (INT64_MAX - 9) / 10) {
            exc_raise(t, &ValueErrorType, "Too many decimal digits in format string");
            return -1;
        }
        n = n * 10 + (**p - '0');
    }
    *out = n;
    return 0;
}

/* Which presentation types allow the ',' and '_' separators. */
static bool grouping_allowed(char grouping, char type)
{
    const char *ok = grouping == ',' ? "deEfFgG%" : "dbxXoeEfFgG%";
    return type == 0 || strchr(ok, type) != NULL;
}

int format_parse_spec(Thread *t, Value spec, const char *tname, FormatSpec *out)
{
    StrObj *s = STR(spec);
    const char *p = s->data, *end = p + s->len;
    *out = (FormatSpec){ .fill = ' ', .width = -1, .precision = -1 };
    bool fill_given = false;

    if (p < end) {
        const char *q = p;
        uint32_t c0 = utf8_next(&q);
        if (q < end && is_align(*q)) {
            out->fill = c0;
            out->align = *q;
            fill_given = true;
            p = q + 1;
        } else if (is_align(*p)) {
            out->align = *p++;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) out->sign = *p++;
    if (p < end && *p == 'z') {
        out->no_neg_zero = true;
        p++;
    }
    if (p < end && *p == '#') {
        out->alternate = true;
        p++;
    }
    if (p < end && *p == '0') {
        /* '0' before the width: zero padding unless a fill was given. */
        out->zero = true;
        if (!fill_given) out->fill = '0';
        p++;
    }
    if (p < end && is_digit(*p) && parse_count(t, &p, end, &out->width) < 0) return -1;
    if (p < end && (*p == ',' || *p == '_')) {
        out->grouping = *p++;
        if (p < end && (*p == ',' || *p == '_')) {
            if (*p == out->grouping)
                exc_raise(t, &ValueErrorType, "Cannot specify '%c' with '%c'.", *p, *p);
            else
                exc_raise(t, &ValueErrorType, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (p < end && *p == '.') {
        p++;
        if (p == end || !is_digit(*p)) {
            exc_raise(t, &ValueErrorType, "Format specifier missing precision");
            return -1;
        }
        if (parse_count(t, &p, end, &out->precision) < 0) return -1;
    }
    if (p < end) {
        const char *q = p;
        uint32_t c = utf8_next(&q);
        if (q != end) {
            exc_raise(t, &ValueErrorType, "Invalid format specifier '%s' for object of type '%s'",
                      s->data, tname);
            return -1;
        }
        if (c >= 0x80) {
            exc_raise(t, &ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", c, tname);
            return -1;
        }
        out->type = (char)c;
    }
    if (out->grouping && !grouping_allowed(out->grouping, out->type)) {
        exc_raise(t, &ValueErrorType, "Cannot specify '%c' with '%c'.", out->grouping, out->type);
        return -1;
    }
    return 0;
}

static Value unknown_code(Thread *t, char type, const char *tname)
{
    return exc_raise(t, &ValueErrorType, "Unknown format code '%c' for object of type '%s'", type, tname);
}

/* ------------------------------------------------------------------ */
/* Padding and number layout */

static void put_fill(StrBuf *b, uint32_t fill, int64_t n)
{
    char enc[4];
    int len = utf8_encode(fill, enc);
    for (int64_t i = 0; i < n; i++) strbuf_append(b, enc, (size_t)len);
}

/* text (nchars code points) padded to f->width.  With align '=' the
 * padding goes after the first `lead` bytes (sign and prefix). */
static Value pad_text(Thread *t, const FormatSpec *f, char align, const char *text, size_t len,
                      size_t nchars, size_t lead)
{
    StrBuf b;
    strbuf_init(&b);
    int64_t pad = f->width > (int64_t)nchars ? f->width - (int64_t)nchars : 0;
    int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    if (align == '=') {
        strbuf_append(&b, text, lead);
        put_fill(&b, f->fill, pad);
        strbuf_append(&b, text + lead, len - lead);
    } else {
        put_fill(&b, f->fill, left);
        strbuf_append(&b, text, len);
        put_fill(&b, f->fill, pad - left);
    }
    return strbuf_finish(t, &b);
}

typedef struct {
    char sign;                  /* '-', '+', ' ' or 0 */
    const char *prefix;         /* "0x", "0b" ... or "" */
    const char *digits;         /* the integer digits, grouped if asked */
    size_t ndigits;
    const char *rest;           /* fraction, exponent, '%', or "inf" */
    size_t nrest;
} Number;

/* Appends digits with a separator every `size` digits from the right.
 * min_width > 0 pads with zeros (which get separators too) until the
 * result is that wide; a separator never comes first. */
static void group_digits(StrBuf *b, const char *digits, size_t n, char sep, int size, int64_t min_width)
{
    StrBuf rev;
    strbuf_init(&rev);
    int64_t remaining = (int64_t)n, left = min_width;
    const char *d = digits + n;
    for (;;) {
        int64_t l = remaining > left ? remaining : left;
        if (l < 1) l = 1;
        if (l > size) l = size;
        for (int64_t i = 0; i < l; i++, remaining--) strbuf_putc(&rev, remaining > 0 ? *--d : '0');
        left -= l;
        if (remaining <= 0 && left <= 0) break;
        strbuf_putc(&rev, sep);
        left--;
    }
    if (rev.failed) b->failed = true;
    for (size_t i = rev.len; i > 0; i--) strbuf_putc(b, rev.data[i - 1]);
    strbuf_free(&rev);
}

static Value render_number(Thread *t, const FormatSpec *f, const Number *num, int group_size)
{
    char align = f->align ? f->align : f->zero ? '=' : '>';
    StrBuf body;
    strbuf_init(&body);
    if (num->sign) strbuf_putc(&body, num->sign);
    strbuf_puts(&body, num->prefix);
    size_t lead = body.len;
    if (f->grouping && num->ndigits) {
        int64_t min_width = 0;
        if (f->fill == '0' && align == '=')
            min_width = f->width - (int64_t)(lead + num->nrest);
        group_digits(&body, num->digits, num->ndigits, f->grouping, group_size, min_width);
    } else {
        strbuf_append(&body, num->digits, num->ndigits);
    }
    strbuf_append(&body, num->rest, num->nrest);
    Value r = body.failed ? exc_no_memory(t)
                          : pad_text(t, f, align, body.data ? body.data : "", body.len, body.len, lead);
    strbuf_free(&body);
    return r;
}

/* ------------------------------------------------------------------ */
/* Integers */

/* Appends the digits of |v| in base 2, 8, 10 or 16; sets *neg. */
static int int_digits(Thread *t, Value v, int base, bool upper, StrBuf *b, bool *neg)
{
    if (val_is_bool(v)) v = val_from_small(v == VAL_TRUE);
    if (val_is_int(v)) {
        int64_t i = val_as_int(v);
        *neg = i < 0;
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        char buf[72], *p = buf + sizeof buf;
        const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        do {
            *--p = dig[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        strbuf_append(b, p, (size_t)(buf + sizeof buf - p));
        return 0;
    }
    gc_push_root(t, v);
    Value s = int_to_base(t, v, base, false, upper);
    gc_pop_roots(t, 1);
    if (s == VAL_ERROR) return -1;
    const char *text = STR(s)->data;
    *neg = text[0] == '-';
    strbuf_puts(b, text + *neg);
    return 0;
}

static char sign_char(const FormatSpec *f, bool neg)
{
    if (neg) return '-';
    return f->sign == '+' || f->sign == ' ' ? f->sign : 0;
}

static Value format_float_spec(Thread *t, double d, const FormatSpec *f, const char *tname);

static Value format_int_spec(Thread *t, Value v, const FormatSpec *f, const char *tname)
{
    int base = 10;
    const char *prefix = "";
    switch (f->type) {
    case 0: case 'd': case 'n': case 'c': break;
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (int_as_double(t, v, &d) < 0) return VAL_ERROR;
        return format_float_spec(t, d, f, tname);
    }
    default:
        return unknown_code(t, f->type, tname);
    }
    if (f->precision >= 0)
        return exc_raise(t, &ValueErrorType, "Precision not allowed in integer format specifier");
    if (f->no_neg_zero)
        return exc_raise(t, &ValueErrorType,
                         "Negative zero coercion (z) not allowed in integer format specifier");
    if (f->type == 'c') {
        if (f->sign)
            return exc_raise(t, &ValueErrorType, "Sign not allowed with integer format specifier 'c'");
        if (f->alternate)
            return exc_raise(t, &ValueErrorType,
                             "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (int_as_i64(t, v, &cp) < 0 || cp < 0 || cp > 0x10FFFF) {
            exc_clear(t);
            return exc_raise(t, &OverflowErrorType, "%%c arg not in range(0x110000)");
        }
        char enc[4];
        int n = utf8_encode((uint32_t)cp, enc);
        return pad_text(t, f, f->align ? f->align : '>', enc, (size_t)n, 1, 0);
    }
    StrBuf digits;
    strbuf_init(&digits);
    bool neg;
    if (int_digits(t, v, base, f->type == 'X', &digits, &neg) < 0) {
        strbuf_free(&digits);
        return VAL_ERROR;
    }
    Number num = { sign_char(f, neg), f->alternate ? prefix : "", digits.data, digits.len, "", 0 };
    Value r = digits.failed ? exc_no_memory(t) : render_number(t, f, &num, base == 10 ? 3 : 4);
    strbuf_free(&digits);
    return r;
}

Value format_int(Thread *t, Value v, Value spec)
{
    if (STR(spec)->len == 0) return op_str(t, v);
    const char *tname = type_name(val_type(v));
    FormatSpec f;
    if (format_parse_spec(t, spec, tname, &f) < 0) return VAL_ERROR;
    return format_int_spec(t, v, &f, tname);
}

/* ------------------------------------------------------------------ */
/* Floats */

/* Python's general format with at least one digit after the point
 * ('' type with a precision): 'g' whose switch to exponent notation
 * comes one digit earlier, and '.0' added to integral results. */
static void float_general_dot0(StrBuf *b, double a, int64_t prec, bool alt)
{
    int p = prec < 1 ? 1 : prec > 1000 ? 1000 : (int)prec;
    StrBuf e;
    strbuf_init(&e);
    strbuf_printf(&e, "%.*e", p - 1, a);
    if (e.failed) {
        b->failed = true;
        return;
    }
    /* e.data is "d.ddde+XX": collect the digits and the exponent. */
    char *digits = malloc((size_t)p + 1);
    if (!digits) {
        b->failed = true;
        strbuf_free(&e);
        return;
    }
    int nd = 0;
    const char *q = e.data;
    for (; *q != 'e'; q++)
        if (is_digit(*q)) digits[nd++] = *q;
    int decpt = atoi(q + 1) + 1;
    strbuf_free(&e);
    if (!alt)
        while (nd > 1 && digits[nd - 1] == '0') nd--;
    if (decpt <= -4 || decpt > p - 1) {
        strbuf_putc(b, digits[0]);
        if (nd > 1 || alt) strbuf_putc(b, '.');
        strbuf_append(b, digits + 1, (size_t)(nd - 1));
        int x = decpt - 1;
        strbuf_printf(b, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
    } else if (decpt <= 0) {
        strbuf_puts(b, "0.");
        for (int i = 0; i < -decpt; i++) strbuf_putc(b, '0');
        strbuf_append(b, digits, (size_t)nd);
    } else {
        for (int i = 0; i < decpt; i++) strbuf_putc(b, i < nd ? digits[i] : '0');
        strbuf_putc(b, '.');
        /* With alt all p digits are kept, and p > decpt here. */
        if (nd > decpt) strbuf_append(b, digits + decpt, (size_t)(nd - decpt));
        else strbuf_putc(b, '0');
    }
    free(digits);
}

/* The text of |a| (a >= 0 or nan) for presentation type `type`. */
static void float_body(StrBuf *b, double a, char type, int64_t prec, bool alt)
{
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (isinf(a) || isnan(a)) {
        strbuf_puts(b, isinf(a) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan"));
        if (type == '%') strbuf_putc(b, '%');
        return;
    }
    const char *hash = alt ? "#" : "";
    switch (type) {
    case 0:
        if (prec < 0) {
            char buf[40];
            int n = float_repr_buf(a, buf);
            strbuf_append(b, buf, (size_t)n);
        } else {
            float_general_dot0(b, a, prec, alt);
        }
        break;
    case 'e': case 'E': case 'f': case 'F': {
        char conv[8];
        snprintf(conv, sizeof conv, "%%%s.*%c", hash, type);
        strbuf_printf(b, conv, (int)(prec < 0 ? 6 : prec), a);
        break;
    }
    case 'g': case 'G': case 'n': {
        char conv[8];
        snprintf(conv, sizeof conv, "%%%s.*%c", hash, type == 'n' ? 'g' : type);
        strbuf_printf(b, conv, (int)(prec < 0 ? 6 : prec == 0 ? 1 : prec), a);
        break;
    }
    case '%':
        strbuf_printf(b, alt ? "%#.*f%%" : "%.*f%%", (int)(prec < 0 ? 6 : prec), a * 100.0);
        break;
    }
}

/* Does the text hold only zero digits (before any exponent)? */
static bool all_zero(const char *s, size_t n)
{
    for (size_t i = 0; i < n && s[i] != 'e' && s[i] != 'E'; i++)
        if (s[i] >= '1' && s[i] <= '9') return false;
    return true;
}

static Value format_float_spec(Thread *t, double d, const FormatSpec *f, const char *tname)
{
    if (f->type && !strchr("eEfFgGn%", f->type)) return unknown_code(t, f->type, tname);
    if (f->precision > INT32_MAX)
        return exc_raise(t, &ValueErrorType, "precision too big");
    bool neg = !isnan(d) && signbit(d);
    StrBuf body;
    strbuf_init(&body);
    float_body(&body, fabs(d), f->type, f->precision, f->alternate);
    if (body.failed) {
        strbuf_free(&body);
        return exc_no_memory(t);
    }
    if (neg && f->no_neg_zero && all_zero(body.data, body.len)) neg = false;
    size_t nd = 0;
    while (nd < body.len && is_digit(body.data[nd])) nd++;
    Number num = { sign_char(f, neg), "", body.data, nd, body.data + nd, body.len - nd };
    Value r = render_number(t, f, &num, 3);
    strbuf_free(&body);
    return r;
}

Value format_float(Thread *t, Value v, Value spec)
{
    if (STR(spec)->len == 0) return op_str(t, v);
    const char *tname = type_name(val_type(v));
    FormatSpec f;
    if (format_parse_spec(t, spec, tname, &f) < 0) return VAL_ERROR;
    double d;
    if (float_as_double(t, v, &d) < 0) return VAL_ERROR;
    return format_float_spec(t, d, &f, tname);
}

/* ------------------------------------------------------------------ */
/* Strings */

Value format_str(Thread *t, Value v, Value spec)
{
    if (STR(spec)->len == 0) return op_str(t, v);
    const char *tname = type_name(val_type(v));
    FormatSpec f;
    if (format_parse_spec(t, spec, tname, &f) < 0) return VAL_ERROR;
    if (f.type && f.type != 's') return unknown_code(t, f.type, tname);
    if (f.sign == ' ') return exc_raise(t, &ValueErrorType, "Space not allowed in string format specifier");
    if (f.sign) return exc_raise(t, &ValueErrorType, "Sign not allowed in string format specifier");
    if (f.no_neg_zero)
        return exc_raise(t, &ValueErrorType,
                         "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate)
        return exc_raise(t, &ValueErrorType, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        return exc_raise(t, &ValueErrorType, "'=' alignment not allowed in string format specifier");
    if (f.grouping) return exc_raise(t, &ValueErrorType, "Cannot specify '%c' with 's'.", f.grouping);
    StrObj *s = STR(v);
    size_t nchars = s->nchars, len = s->len;
    if (f.precision >= 0 && (size_t)f.precision < nchars) {
        nchars = (size_t)f.precision;
        len = str_offset(s, nchars);
    }
    if ((int64_t)nchars >= f.width && len == s->len && str_check_exact(v)) return v;
    return pad_text(t, &f, f.align ? f.align : '<', s->data, len, nchars, 0);
}

/* ------------------------------------------------------------------ */
/* str.format and str.format_map */

typedef struct {
    Value *args;                /* positional arguments */
    int nargs;
    Value *kwvalues;            /* one per name in kwnames */
    TupleObj *kwnames;
    Value mapping;              /* format_map's mapping, or VAL_UNBOUND */
    int next_auto;              /* next automatic field number */
    enum { NUMBERING_NONE, NUMBERING_AUTO, NUMBERING_MANUAL } numbering;
} FormatArgs;

/* Deepest nesting of replacement fields inside format specs. */
#define FORMAT_MAX_DEPTH 2

static Value positional_arg(Thread *t, FormatArgs *fa, int64_t i)
{
    if (fa->mapping != VAL_UNBOUND)
        return exc_raise(t, &ValueErrorType, "Format string contains positional fields");
    if (i >= fa->nargs)
        return exc_raise(t, &IndexErrorType, "Replacement index %lld out of range for positional args tuple",
                       (long long)i);
    return fa->args[i];
}

/* The argument named by the first part of a field name: "" (automatic
 * numbering), a number, or a keyword. */
static Value lookup_arg(Thread *t, FormatArgs *fa, const char *name, size_t len)
{
    if (len == 0) {
        if (fa->numbering == NUMBERING_MANUAL)
            return exc_raise(t, &ValueErrorType,
                             "cannot switch from manual field specification to automatic field numbering");
        fa->numbering = NUMBERING_AUTO;
        return positional_arg(t, fa, fa->next_auto++);
    }
    size_t nd = 0;
    while (nd < len && is_digit(name[nd])) nd++;
    if (nd == len) {
        int64_t i;
        const char *p = name;
        if (parse_count(t, &p, name + len, &i) < 0) return VAL_ERROR;
        if (fa->numbering == NUMBERING_AUTO)
            return exc_raise(t, &ValueErrorType,
                             "cannot switch from automatic field numbering to manual field specification");
        fa->numbering = NUMBERING_MANUAL;
        return positional_arg(t, fa, i);
    }
    if (fa->kwnames) {
        for (size_t i = 0; i < fa->kwnames->len; i++) {
            StrObj *k = STR(fa->kwnames->items[i]);
            if (k->len == len && memcmp(k->data, name, len) == 0) return fa->kwvalues[i];
        }
    }
    Value key = str_new(t, name, len);
    if (key == VAL_ERROR) return key;
    gc_push_root(t, key);
    Value v = fa->mapping == VAL_UNBOUND ? exc_raise_value(t, &KeyErrorType, key)
                                         : op_getitem(t, fa->mapping, key);
    gc_pop_roots(t, 1);
    return v;
}

/* The object a field name ("0", "x.attr", "0[key][1]") designates. */
static Value resolve_field(Thread *t, FormatArgs *fa, const char *p, const char *end)
{
    const char *q = p;
    while (q < end && *q != '.' && *q != '[') q++;
    Value obj = lookup_arg(t, fa, p, (size_t)(q - p));
    uint32_t mark = gc_root_mark(t);
    while (obj != VAL_ERROR && q < end) {
        gc_push_root(t, obj);
        if (*q == '.') {
            const char *a = ++q;
            while (q < end && *q != '.' && *q != '[') q++;
            if (q == a) {
                obj = exc_raise(t, &ValueErrorType, "Empty attribute in format string");
                break;
            }
            StrObj *name = str_intern_len(t, a, (size_t)(q - a));
            obj = name ? op_getattr(t, obj, name) : VAL_ERROR;
        } else {
            const char *k = ++q;
            while (q < end && *q != ']') q++;
            if (q == end) {
                obj = exc_raise(t, &ValueErrorType, "Missing ']' in format string");
                break;
            }
            if (q == k) {
                obj = exc_raise(t, &ValueErrorType, "Empty attribute in format string");
                break;
            }
            size_t nd = 0;
            while (k + nd < q && is_digit(k[nd])) nd++;
            Value key;
            if (k + nd == q) {
                int64_t i;
                const char *d = k;
                key = parse_count(t, &d, q, &i) < 0 ? VAL_ERROR : int_from_i64(t, i);
            } else {
                key = str_new(t, k, (size_t)(q - k));
            }
            q++;
            if (key != VAL_ERROR) {
                gc_push_root(t, key);
                obj = op_getitem(t, obj, key);
            } else {
                obj = VAL_ERROR;
            }
            if (obj != VAL_ERROR && q < end && *q != '.' && *q != '[')
                obj = exc_raise(t, &ValueErrorType,
                                "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    gc_root_reset(t, mark);
    return obj;
}

static int render_template(Thread *t, FormatArgs *fa, const char *p, const char *end, int depth,
                           StrBuf *out);

/* One replacement field: {name!conv:spec}. */
static int format_field(Thread *t, FormatArgs *fa, const char *name, const char *name_end, char conv,
                        const char *spec, const char *spec_end, bool nested, int depth, StrBuf *out)
{
    uint32_t mark = gc_root_mark(t);
    Value obj = resolve_field(t, fa, name, name_end);
    if (obj == VAL_ERROR) return -1;
    gc_push_root(t, obj);
    Value spec_v;
    if (nested) {
        if (depth <= 1) {
            exc_raise(t, &ValueErrorType, "Max string recursion exceeded");
            goto fail;
        }
        StrBuf sb;
        strbuf_init(&sb);
        if (render_template(t, fa, spec, spec_end, depth - 1, &sb) < 0) {
            strbuf_free(&sb);
            goto fail;
        }
        spec_v = strbuf_finish(t, &sb);
    } else {
        spec_v = str_new(t, spec, (size_t)(spec_end - spec));
    }
    if (spec_v == VAL_ERROR) goto fail;
    gc_push_root(t, spec_v);
    switch (conv) {
    case 0: break;
    case 'r': obj = op_repr(t, obj); break;
    case 's': obj = op_str(t, obj); break;
    case 'a': obj = op_ascii(t, obj); break;
    default:
        if ((unsigned char)conv < 0x80)
            exc_raise(t, &ValueErrorType, "Unknown conversion specifier %c", conv);
        else
            exc_raise(t, &ValueErrorType, "Unknown conversion specifier \\x%x", (unsigned char)conv);
        goto fail;
    }
    if (obj == VAL_ERROR) goto fail;
    if (STR(spec_v)->len == 0 && str_check_exact(obj)) {
        strbuf_put_str(out, obj);
    } else {
        gc_push_root(t, obj);
        Value s = op_format(t, obj, spec_v);
        if (s == VAL_ERROR) goto fail;
        strbuf_put_str(out, s);
    }
    gc_root_reset(t, mark);
    return 0;
fail:
    gc_root_reset(t, mark);
    return -1;
}

static int format_error(Thread *t, const char *msg)
{
    exc_raise(t, &ValueErrorType, "%s", msg);
    return -1;
}

static int render_template(Thread *t, FormatArgs *fa, const char *p, const char *end, int depth,
                           StrBuf *out)
{
    while (p < end) {
        const char *lit = p;
        while (p < end && *p != '{' && *p != '}') p++;
        strbuf_append(out, lit, (size_t)(p - lit));
        if (p == end) break;
        if (p + 1 < end && p[1] == *p) {    /* {{ or }} */
            strbuf_putc(out, *p);
            p += 2;
            continue;
        }
        if (*p == '}') return format_error(t, "Single '}' encountered in format string");
        if (++p == end) return format_error(t, "Single '{' encountered in format string");
        const char *name = p;
        while (p < end && *p != '}' && *p != '!' && *p != ':') {
            if (*p == '{') return format_error(t, "unexpected '{' in field name");
            if (*p == '[')
                while (p < end && *p != ']') p++;
            if (p < end) p++;
        }
        if (p == end) return format_error(t, "expected '}' before end of string");
        const char *name_end = p;
        char conv = 0;
        if (*p == '!') {
            if (++p == end) return format_error(t, "end of string while looking for conversion specifier");
            conv = *p++;
            if (p == end) return format_error(t, "unmatched '{' in format spec");
            if (*p != ':' && *p != '}') return format_error(t, "expected ':' after conversion specifier");
        }
        const char *spec = p, *spec_end = p;
        bool nested = false;
        if (*p == ':') {
            spec = ++p;
            int level = 1;
            for (; p < end; p++) {
                if (*p == '{') {
                    level++;
                    nested = true;
                } else if (*p == '}' && --level == 0) {
                    break;
                }
            }
            if (p == end) return format_error(t, "unmatched '{' in format spec");
            spec_end = p;
        }
        p++;    /* the closing '}' */
        if (format_field(t, fa, name, name_end, conv, spec, spec_end, nested, depth, out) < 0) return -1;
    }
    return 0;
}

static Value format_with(Thread *t, Value fmt, FormatArgs *fa)
{
    StrObj *f = STR(fmt);
    if (!memchr(f->data, '{', f->len) && !memchr(f->data, '}', f->len)) return op_str(t, fmt);
    StrBuf out;
    strbuf_init(&out);
    if (render_template(t, fa, f->data, f->data + f->len, FORMAT_MAX_DEPTH, &out) < 0) {
        strbuf_free(&out);
        return VAL_ERROR;
    }
    return strbuf_finish(t, &out);
}

Value format_str_format(Thread *t, Value fmt, Value *args, int nargs, TupleObj *kwnames)
{
    FormatArgs fa = { args, nargs, args + nargs, kwnames, VAL_UNBOUND, 0, NUMBERING_NONE };
    return format_with(t, fmt, &fa);
}

Value format_str_format_map(Thread *t, Value fmt, Value mapping)
{
    FormatArgs fa = { NULL, 0, NULL, NULL, mapping, 0, NUMBERING_NONE };
    return format_with(t, fmt, &fa);
}

/* ------------------------------------------------------------------ */
/* printf-style formatting: fmt % values */

enum { PF_LEFT = 1, PF_PLUS = 2, PF_SPACE = 4, PF_ALT = 8, PF_ZERO = 16 };

typedef struct {
    Value *args;                /* the tuple's items, or the single value */
    size_t nargs, next;
    Value mapping;              /* for %(name)s, or VAL_UNBOUND */
} PercentArgs;

static Value next_percent_arg(Thread *t, PercentArgs *pa)
{
    if (pa->next >= pa->nargs) return exc_raise(t, &TypeErrorType, "not enough arguments for format string");
    return pa->args[pa->next++];
}

/* Appends text padded with spaces to width (left-justified with '-'). */
static void put_padded(StrBuf *out, int flags, int64_t width, const char *text, size_t len, size_t nchars)
{
    int64_t pad = width > (int64_t)nchars ? width - (int64_t)nchars : 0;
    if (!(flags & PF_LEFT)) put_fill(out, ' ', pad);
    strbuf_append(out, text, len);
    if (flags & PF_LEFT) put_fill(out, ' ', pad);
}

/* sign, prefix, at least min_digits digits, rest: padded to width with
 * spaces, or with zeros after the sign and prefix under '0'. */
static void put_number(StrBuf *out, int flags, int64_t width, bool neg, const char *prefix,
                       const char *digits, size_t nd, int64_t min_digits, const char *rest)
{
    char sign = neg ? '-' : flags & PF_PLUS ? '+' : flags & PF_SPACE ? ' ' : 0;
    int64_t zeros = min_digits > (int64_t)nd ? min_digits - (int64_t)nd : 0;
    int64_t len = (sign != 0) + (int64_t)strlen(prefix) + zeros + (int64_t)nd + (int64_t)strlen(rest);
    int64_t pad = width > len ? width - len : 0;
    if (!(flags & (PF_LEFT | PF_ZERO))) put_fill(out, ' ', pad);
    if (sign) strbuf_putc(out, sign);
    strbuf_puts(out, prefix);
    if ((flags & (PF_LEFT | PF_ZERO)) == PF_ZERO) zeros += pad;
    put_fill(out, '0', zeros);
    strbuf_append(out, digits, nd);
    strbuf_puts(out, rest);
    if (flags & PF_LEFT) put_fill(out, ' ', pad);
}

static int percent_int(Thread *t, StrBuf *out, Value arg, uint32_t conv, int flags, int64_t width,
                       int64_t prec)
{
    if (val_is_double(arg) && (conv == 'd' || conv == 'i' || conv == 'u')) {
        arg = int_from_double(t, val_as_double(arg));
        if (arg == VAL_ERROR) return -1;
    }
    if (!int_check(arg)) {
        if (conv == 'd' || conv == 'i' || conv == 'u')
            exc_raise(t, &TypeErrorType, "%%%c format: a real number is required, not %T", (char)conv, arg);
        else
            exc_raise(t, &TypeErrorType, "%%%c format: an integer is required, not %T", (char)conv, arg);
        return -1;
    }
    int base = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
    const char *prefix = !(flags & PF_ALT) || base == 10 ? "" : conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
    StrBuf digits;
    strbuf_init(&digits);
    bool neg;
    if (int_digits(t, arg, base, conv == 'X', &digits, &neg) < 0) {
        strbuf_free(&digits);
        return -1;
    }
    put_number(out, flags, width, neg, prefix, digits.data ? digits.data : "", digits.len, prec, "");
    if (digits.failed) out->failed = true;
    strbuf_free(&digits);
    return 0;
}

static int percent_float(Thread *t, StrBuf *out, Value arg, uint32_t conv, int flags, int64_t width,
                         int64_t prec)
{
    double d;
    if (!int_check(arg) && !val_is_double(arg)) {
        exc_raise(t, &TypeErrorType, "must be real number, not %T", arg);
        return -1;
    }
    if (float_as_double(t, arg, &d) < 0) return -1;
    if (prec > INT32_MAX) {
        exc_raise(t, &ValueErrorType, "precision too big");
        return -1;
    }
    StrBuf body;
    strbuf_init(&body);
    float_body(&body, fabs(d), (char)conv, prec < 0 ? 6 : prec, flags & PF_ALT);
    bool neg = !isnan(d) && signbit(d);
    if (body.failed) out->failed = true;
    else put_number(out, flags, width, neg, "", "", 0, -1, body.data);
    strbuf_free(&body);
    return 0;
}

static int percent_char(Thread *t, StrBuf *out, Value arg, int flags, int64_t width)
{
    uint32_t cp;
    if (int_check(arg)) {
        int64_t i;
        if (int_as_i64(t, arg, &i) < 0 || i < 0 || i > 0x10FFFF) {
            exc_clear(t);
            exc_raise(t, &OverflowErrorType, "%%c arg not in range(0x110000)");
            return -1;
        }
        cp = (uint32_t)i;
    } else if (str_check(arg) && STR(arg)->nchars == 1) {
        const char *p = STR(arg)->data;
        cp = utf8_next(&p);
    } else {
        exc_raise(t, &TypeErrorType, "%%c requires int or char");
        return -1;
    }
    char enc[4];
    put_padded(out, flags, width, enc, (size_t)utf8_encode(cp, enc), 1);
    return 0;
}

static int percent_text(Thread *t, StrBuf *out, Value arg, uint32_t conv, int flags, int64_t width,
                        int64_t prec)
{
    Value s = conv == 's' ? op_str(t, arg) : conv == 'r' ? op_repr(t, arg) : op_ascii(t, arg);
    if (s == VAL_ERROR) return -1;
    StrObj *o = STR(s);
    size_t nchars = o->nchars, len = o->len;
    if (prec >= 0 && (size_t)prec < nchars) {
        nchars = (size_t)prec;
        len = str_offset(o, nchars);
    }
    put_padded(out, flags, width, o->data, len, nchars);
    return 0;
}

/* A width or precision: digits, or '*' taking the next argument. */
static int percent_count(Thread *t, PercentArgs *pa, const char **p, const char *end, int64_t *out)
{
    if (*p < end && **p == '*') {
        (*p)++;
        Value v = next_percent_arg(t, pa);
        if (v == VAL_ERROR) return -1;
        if (!int_check(v)) {
            exc_raise(t, &TypeErrorType, "* wants int");
            return -1;
        }
        return int_as_i64(t, v, out);
    }
    return parse_count(t, p, end, out);
}

/* One conversion, p just past the '%'.  Advances p. */
static int percent_one(Thread *t, Value fmt, PercentArgs *pa, const char **pp, StrBuf *out)
{
    StrObj *f = STR(fmt);
    const char *p = *pp, *end = f->data + f->len;
    uint32_t mark = gc_root_mark(t);
    Value arg = VAL_UNBOUND;
    int rc = -1;
    if (*p == '(') {
        if (pa->mapping == VAL_UNBOUND) {
            exc_raise(t, &TypeErrorType, "format requires a mapping");
            goto done;
        }
        const char *key = ++p;
        int level = 1;
        for (; p < end; p++) {
            if (*p == '(') level++;
            else if (*p == ')' && --level == 0) break;
        }
        if (p == end) {
            exc_raise(t, &ValueErrorType, "incomplete format key");
            goto done;
        }
        Value k = str_new(t, key, (size_t)(p++ - key));
        if (k == VAL_ERROR) goto done;
        gc_push_root(t, k);
        arg = op_getitem(t, pa->mapping, k);
        if (arg == VAL_ERROR) goto done;
        /* The mapping counts as used: later plain conversions find no argument. */
        pa->next = pa->nargs;
        gc_push_root(t, arg);
    }
    int flags = 0;
    for (; p < end; p++) {
        int fl = *p == '-' ? PF_LEFT : *p == '+' ? PF_PLUS : *p == ' ' ? PF_SPACE
               : *p == '#' ? PF_ALT : *p == '0' ? PF_ZERO : 0;
        if (!fl) break;
        flags |= fl;
    }
    int64_t width = -1, prec = -1;
    if (p < end && (*p == '*' || is_digit(*p))) {
        if (percent_count(t, pa, &p, end, &width) < 0) goto done;
        if (width < 0) {
            flags |= PF_LEFT;
            width = -width;
        }
    }
    if (p < end && *p == '.') {
        p++;
        prec = 0;
        if (percent_count(t, pa, &p, end, &prec) < 0) goto done;
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
    if (p == end) {
        exc_raise(t, &ValueErrorType, "incomplete format");
        goto done;
    }
    const char *conv_at = p;
    uint32_t conv = utf8_next(&p);
    if (arg == VAL_UNBOUND && (arg = next_percent_arg(t, pa)) == VAL_ERROR) goto done;
    switch (conv) {
    case 's': case 'r': case 'a':
        rc = percent_text(t, out, arg, conv, flags, width, prec);
        break;
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        rc = percent_int(t, out, arg, conv, flags, width, prec);
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        rc = percent_float(t, out, arg, conv, flags, width, prec);
        break;
    case 'c':
        rc = percent_char(t, out, arg, flags, width);
        break;
    default:
        exc_raise(t, &ValueErrorType, "unsupported format character '%.*s' (0x%x) at index %zu",
                (int)(p - conv_at), conv_at, conv, utf8_count(f->data, (size_t)(conv_at - f->data)));
        break;
    }
done:
    gc_root_reset(t, mark);
    *pp = p;
    return rc;
}

Value format_percent(Thread *t, Value fmt, Value values)
{
    PercentArgs pa = { NULL, 0, 0, VAL_UNBOUND };
    if (tuple_check(values)) {
        pa.args = TUPLE(values)->items;
        pa.nargs = TUPLE(values)->len;
    } else {
        pa.args = &values;
        pa.nargs = 1;
        /* Like CPython: anything subscriptable but a str is a mapping. */
        if (val_type(values)->getitem && !str_check(values)) pa.mapping = values;
    }
    StrObj *f = STR(fmt);
    const char *p = f->data, *end = p + f->len;
    StrBuf out;
    strbuf_init(&out);
    while (p < end) {
        const char *pct = memchr(p, '%', (size_t)(end - p));
        if (!pct) {
            strbuf_append(&out, p, (size_t)(end - p));
            break;
        }
        strbuf_append(&out, p, (size_t)(pct - p));
        p = pct + 1;
        if (p == end) {
            exc_raise(t, &ValueErrorType, "incomplete format");
            goto fail;
        }
        if (*p == '%') {
            strbuf_putc(&out, '%');
            p++;
            continue;
        }
        if (percent_one(t, fmt, &pa, &p, &out) < 0) goto fail;
    }
    if (pa.next < pa.nargs && pa.mapping == VAL_UNBOUND) {
        exc_raise(t, &TypeErrorType, "not all arguments converted during string formatting");
        goto fail;
    }
    return strbuf_finish(t, &out);
fail:
    strbuf_free(&out);
    return VAL_ERROR;
}
