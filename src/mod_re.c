/*
 * mod_re.c -- the _re module: the engine half of `re` (stdlib/re.as holds
 * Pattern, Match and the module functions).  Matching is PCRE2's.
 *
 * compile() translates Python's pattern syntax into PCRE2's as it checks
 * it, so that errors come out with CPython's messages and positions: the
 * escapes Python lacks (\p, \K, \Q ...) are "bad escape", \Z becomes \z,
 * \v a vertical tab, {,n} {0,n}; every literal in a character class is
 * written as \x{...} so no PCRE2 class syntax ([:alpha:]) can sneak in.
 * Verbose mode's whitespace and comments are removed here rather than by
 * PCRE2_EXTENDED, whose rules differ.  Inline global flags become compile
 * options.  str patterns run in UTF mode (plus UCP, Unicode \d \w \s \b,
 * unless ASCII); bytes patterns byte by byte.
 *
 * PCRE2 reports byte offsets into the UTF-8 text; the results here are
 * code point indexes, converted with a cursor that walks forward from the
 * last conversion, so a scan over the whole subject stays linear.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "mod_re.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "strbuf.h"
#include "utf8.h"

#define FN(name) static Value name(Thread *t, Value *args, int nargs, TupleObj *kwnames)

/* Python's flag values (re.I ...). */
enum {
    F_IGNORECASE = 2, F_LOCALE = 4, F_MULTILINE = 8, F_DOTALL = 16,
    F_UNICODE = 32, F_VERBOSE = 64, F_ASCII = 256
};

typedef struct {
    Obj base;
    pcre2_code *code;
    pcre2_match_data *md;       /* reused: no script code runs mid-match */
    bool is_str;
} ReCodeObj;

static void recode_finalize(GC *gc, Obj *o)
{
    (void)gc;
    ReCodeObj *c = (ReCodeObj *)o;
    if (c->md) pcre2_match_data_free(c->md);
    if (c->code) pcre2_code_free(c->code);
    c->md = NULL;
    c->code = NULL;
}

TypeObj ReCodeType = {
    .base = { .type = &TypeType },
    .name = "_re.code",
    .base_type = &ObjectType,
    .flags = TYPE_ABSTRACT_NEW,
    .instance_size = sizeof(ReCodeObj),
    .finalize = recode_finalize,
};

/* ---- translation ---- */

typedef struct {
    size_t name, len;           /* the name's bytes in the source */
    int index;
} GroupName;

typedef struct {
    size_t pos;                 /* of the '(' */
    int group;                  /* capture group number, or 0 */
    int outer;                  /* the capture group around it, or 0 */
    bool verbose;               /* verbose mode outside this group */
    bool conditional;           /* (?(1)yes|no): at most one '|' */
    bool has_bar;
    bool lookbehind;            /* emitted as (?<=(?:...)) */
} Paren;

typedef struct {
    int group;
    size_t pos;
} GroupRef;

typedef enum { LAST_NONE, LAST_ATOM, LAST_REPEAT, LAST_MODIFIED } LastItem;

typedef struct {
    const char *src;
    size_t len, i;
    bool is_str, verbose;
    int flags;                  /* Python flags, inline globals added */
    StrBuf out;
    size_t *srcmap;             /* source offset of each output byte */
    size_t mapcap;
    size_t tok;                 /* source offset of the item being emitted */
    int ngroups;
    GroupName *names;
    int nnames, namecap;
    Paren *parens;
    int nparens, parencap;
    bool *open;                 /* open[g]: group g not closed yet */
    int *parent;                /* parent[g]: the capture group around g, or 0 */
    int opencap;
    int current;                /* the innermost open capture group, or 0 */
    LastItem last;
    GroupRef *refs;             /* conditions on group numbers, checked at the end */
    int nrefs, refcap;
    char msg[160];              /* error, if msg[0] */
    size_t errpos;              /* byte offset in src */
} Tr;

static bool fail(Tr *tr, size_t pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool fail(Tr *tr, size_t pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tr->msg, sizeof tr->msg, fmt, ap);
    va_end(ap);
    tr->errpos = pos;
    return false;
}

static void emit(Tr *tr, const char *s, size_t n)
{
    if (tr->out.len + n > tr->mapcap) {
        size_t cap = (tr->out.len + n) * 2 + 16;
        size_t *m = realloc(tr->srcmap, cap * sizeof *m);
        if (!m) { tr->out.failed = true; return; }
        tr->srcmap = m;
        tr->mapcap = cap;
    }
    for (size_t k = 0; k < n; k++) tr->srcmap[tr->out.len + k] = tr->tok;
    strbuf_append(&tr->out, s, n);
}

static void emits(Tr *tr, const char *s) { emit(tr, s, strlen(s)); }

static void emit_cp(Tr *tr, uint32_t cp)
{
    char buf[16];
    emit(tr, buf, (size_t)snprintf(buf, sizeof buf, "\\x{%x}", (unsigned)cp));
}

static bool at_end(Tr *tr) { return tr->i >= tr->len; }
static char peek(Tr *tr) { return tr->i < tr->len ? tr->src[tr->i] : '\0'; }

/* The code point at i (a byte for bytes patterns); advances i. */
static uint32_t next_cp(Tr *tr)
{
    if (!tr->is_str) return (unsigned char)tr->src[tr->i++];
    const char *p = tr->src + tr->i;
    uint32_t cp = utf8_next(&p);
    tr->i = (size_t)(p - tr->src);
    return cp;
}

static bool is_hex(char c) { return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'f'); }
static bool is_octal(char c) { return c >= '0' && c <= '7'; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_ascii_letter(char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }

/* The escape's text from `start` (the backslash) to i, for messages. */
static int esc_len(Tr *tr, size_t start) { return (int)(tr->i - start); }

/* \x, \u, \U: n hex digits after the letter.  Returns the code point or
 * -1 (error set). */
static int64_t hex_escape(Tr *tr, size_t start, int n)
{
    uint32_t v = 0;
    int k = 0;
    while (k < n && !at_end(tr) && is_hex(peek(tr))) {
        char c = tr->src[tr->i++];
        v = v * 16 + (uint32_t)(is_digit(c) ? c - '0' : (c | 32) - 'a' + 10);
        k++;
    }
    if (k < n) {
        fail(tr, start, "incomplete escape %.*s", esc_len(tr, start), tr->src + start);
        return -1;
    }
    if (v > 0x10FFFF) {
        fail(tr, start, "bad escape %.*s", esc_len(tr, start), tr->src + start);
        return -1;
    }
    return v;
}

/* Octal digits after the first (already read into v), up to 3 in all. */
static int64_t octal_escape(Tr *tr, size_t start, uint32_t v, int have)
{
    while (have < 3 && !at_end(tr) && is_octal(peek(tr))) {
        v = v * 8 + (uint32_t)(tr->src[tr->i++] - '0');
        have++;
    }
    if (v > 0377) {
        fail(tr, start, "octal escape value %.*s outside of range 0-0o377", esc_len(tr, start),
             tr->src + start);
        return -1;
    }
    return v;
}

/* Kinds of class item. */
enum { ITEM_CP, ITEM_CATEGORY, ITEM_ERROR };

/* An escape inside a class: a code point (*cp) or a category (\d ...,
 * emitted at once when `emit_category`). */
static int class_escape(Tr *tr, uint32_t *cp, bool emit_category)
{
    size_t start = tr->i++;
    if (at_end(tr)) return fail(tr, start, "bad escape (end of pattern)"), ITEM_ERROR;
    char c = tr->src[tr->i];
    int64_t v;
    switch (c) {
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        tr->i++;
        if (emit_category) { char e[2] = { '\\', c }; emit(tr, e, 2); }
        return ITEM_CATEGORY;
    case 'a': tr->i++; *cp = 7; return ITEM_CP;
    case 'b': tr->i++; *cp = 8; return ITEM_CP;
    case 'f': tr->i++; *cp = 12; return ITEM_CP;
    case 'n': tr->i++; *cp = 10; return ITEM_CP;
    case 'r': tr->i++; *cp = 13; return ITEM_CP;
    case 't': tr->i++; *cp = 9; return ITEM_CP;
    case 'v': tr->i++; *cp = 11; return ITEM_CP;
    case 'x': tr->i++; v = hex_escape(tr, start, 2); break;
    case 'u': case 'U':
        tr->i++;
        if (!tr->is_str) return fail(tr, start, "bad escape \\%c", c), ITEM_ERROR;
        v = hex_escape(tr, start, c == 'u' ? 4 : 8);
        break;
    default:
        if (is_octal(c)) {
            tr->i++;
            v = octal_escape(tr, start, (uint32_t)(c - '0'), 1);
        } else if (is_digit(c) || is_ascii_letter(c)) {
            tr->i++;
            return fail(tr, start, "bad escape \\%c", c), ITEM_ERROR;
        } else {
            *cp = next_cp(tr);
            return ITEM_CP;
        }
    }
    if (v < 0) return ITEM_ERROR;
    *cp = (uint32_t)v;
    return ITEM_CP;
}

static bool translate_class(Tr *tr)
{
    size_t open = tr->i++;
    tr->tok = open;
    emits(tr, "[");
    if (peek(tr) == '^') { tr->i++; emits(tr, "^"); }
    size_t first = tr->i;
    for (;;) {
        if (at_end(tr)) return fail(tr, open, "unterminated character set");
        size_t item = tr->i;
        tr->tok = item;
        char c = peek(tr);
        if (c == ']' && item != first) { tr->i++; emits(tr, "]"); break; }
        uint32_t lo, hi;
        int kind = ITEM_CP;
        if (c == '\\') kind = class_escape(tr, &lo, true);
        else lo = next_cp(tr);
        if (kind == ITEM_ERROR) return false;
        if (peek(tr) != '-' || tr->i + 1 >= tr->len || tr->src[tr->i + 1] == ']') {
            if (kind == ITEM_CP) emit_cp(tr, lo);
            continue;
        }
        tr->i++;                /* the '-' of a range */
        int kind2 = ITEM_CP;
        if (peek(tr) == '\\') kind2 = class_escape(tr, &hi, false);
        else hi = next_cp(tr);
        if (kind2 == ITEM_ERROR) return false;
        if (kind != ITEM_CP || kind2 != ITEM_CP || hi < lo)
            return fail(tr, item, "bad character range %.*s", (int)(tr->i - item), tr->src + item);
        emit_cp(tr, lo);
        emits(tr, "-");
        emit_cp(tr, hi);
    }
    tr->last = LAST_ATOM;
    return true;
}

static bool translate_escape(Tr *tr)
{
    size_t start = tr->i++;
    tr->tok = start;
    if (at_end(tr)) return fail(tr, start, "bad escape (end of pattern)");
    char c = tr->src[tr->i];
    int64_t v;
    tr->last = LAST_ATOM;
    switch (c) {
    case 'A': case 'b': case 'B':
        tr->i++;
        { char e[2] = { '\\', c }; emit(tr, e, 2); }
        tr->last = LAST_NONE;
        return true;
    case 'Z':
        tr->i++;
        emits(tr, "\\z");
        tr->last = LAST_NONE;
        return true;
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        tr->i++;
        { char e[2] = { '\\', c }; emit(tr, e, 2); }
        return true;
    case 'a': tr->i++; emit_cp(tr, 7); return true;
    case 'f': tr->i++; emit_cp(tr, 12); return true;
    case 'n': tr->i++; emit_cp(tr, 10); return true;
    case 'r': tr->i++; emit_cp(tr, 13); return true;
    case 't': tr->i++; emit_cp(tr, 9); return true;
    case 'v': tr->i++; emit_cp(tr, 11); return true;
    case 'x': tr->i++; v = hex_escape(tr, start, 2); break;
    case 'u': case 'U':
        tr->i++;
        if (!tr->is_str) return fail(tr, start, "bad escape \\%c", c);
        v = hex_escape(tr, start, c == 'u' ? 4 : 8);
        break;
    case '0':
        tr->i++;
        v = octal_escape(tr, start, 0, 1);
        break;
    default:
        if (is_digit(c)) {
            tr->i++;
            int group = c - '0';
            if (is_digit(peek(tr))) {
                char c2 = tr->src[tr->i];
                if (is_octal(c) && is_octal(c2) && tr->i + 1 < tr->len && is_octal(tr->src[tr->i + 1])) {
                    tr->i += 2;
                    v = octal_escape(tr, start, (uint32_t)((c - '0') * 64 + (c2 - '0') * 8
                                                           + (tr->src[tr->i - 1] - '0')), 3);
                    break;
                }
                tr->i++;
                group = group * 10 + (c2 - '0');
            }
            if (group > tr->ngroups)
                return fail(tr, start + 1, "invalid group reference %d", group);
            if (group < tr->opencap && tr->open[group])
                return fail(tr, start, "cannot refer to an open group");
            char buf[24];
            emit(tr, buf, (size_t)snprintf(buf, sizeof buf, "(?:\\g{%d})", group));
            return true;
        }
        if (is_ascii_letter(c)) {
            tr->i++;
            return fail(tr, start, "bad escape \\%c", c);
        }
        v = next_cp(tr);
        break;
    }
    if (v < 0) return false;
    emit_cp(tr, (uint32_t)v);
    return true;
}

static bool is_ident(Tr *tr, size_t at, size_t n)
{
    if (n == 0) return false;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)tr->src[at + k];
        if (c >= 0x80 && tr->is_str) continue;      /* Unicode letters: leave to PCRE2 */
        if (!(is_ascii_letter((char)c) || c == '_' || (k > 0 && is_digit((char)c)))) return false;
    }
    return true;
}

static int find_name(Tr *tr, size_t at, size_t n)
{
    for (int k = 0; k < tr->nnames; k++)
        if (tr->names[k].len == n && memcmp(tr->src + tr->names[k].name, tr->src + at, n) == 0)
            return tr->names[k].index;
    return 0;
}

/* Reads a group name up to `term`; *at and *n receive it. */
static bool read_name(Tr *tr, char term, size_t *at, size_t *n)
{
    *at = tr->i;
    while (!at_end(tr) && peek(tr) != term) tr->i++;
    *n = tr->i - *at;
    if (at_end(tr))
        return fail(tr, *at, *n ? "missing %c, unterminated name" : "missing group name", term);
    tr->i++;
    if (*n == 0) return fail(tr, *at, "missing group name");
    if (!is_ident(tr, *at, *n))
        return fail(tr, *at, "bad character in group name '%.*s'", (int)*n, tr->src + *at);
    return true;
}

static bool push_paren(Tr *tr, size_t pos, int group)
{
    if (tr->nparens == tr->parencap) {
        tr->parencap = tr->parencap * 2 + 8;
        Paren *p = realloc(tr->parens, (size_t)tr->parencap * sizeof *p);
        if (!p) return fail(tr, pos, "out of memory");
        tr->parens = p;
    }
    tr->parens[tr->nparens++] = (Paren){ pos, group, tr->current, tr->verbose, false, false, false };
    if (group) {
        if (group >= tr->opencap) {
            int cap = group * 2 + 8;
            bool *o = realloc(tr->open, (size_t)cap * sizeof *o);
            if (o) tr->open = o;
            int *pa = realloc(tr->parent, (size_t)cap * sizeof *pa);
            if (pa) tr->parent = pa;
            if (!o || !pa) return fail(tr, pos, "out of memory");
            memset(o + tr->opencap, 0, (size_t)(cap - tr->opencap) * sizeof *o);
            tr->opencap = cap;
        }
        tr->open[group] = true;
        tr->parent[group] = tr->current;
        tr->current = group;
    }
    tr->last = LAST_NONE;
    return true;
}

static int flag_of(char c)
{
    switch (c) {
    case 'a': return F_ASCII; case 'i': return F_IGNORECASE; case 'L': return F_LOCALE;
    case 'm': return F_MULTILINE; case 's': return F_DOTALL; case 'u': return F_UNICODE;
    case 'x': return F_VERBOSE; default: return 0;
    }
}

/* Inline flags after "(?": global "(?imsx)" or scoped "(?i-s:...)".
 * Errors as CPython's parser reports them, positions included. */
static bool translate_flags(Tr *tr, size_t open)
{
    int on = 0, off = 0;
    char c = tr->src[tr->i++];
    if (c != '-') {
        for (;;) {
            if (c == 'L' && tr->is_str)
                return fail(tr, tr->i, "bad inline flags: cannot use 'L' flag with a str pattern");
            if (c == 'u' && !tr->is_str)
                return fail(tr, tr->i, "bad inline flags: cannot use 'u' flag with a bytes pattern");
            on |= flag_of(c);
            int type = on & (F_ASCII | F_UNICODE | F_LOCALE);
            if (type & (type - 1))
                return fail(tr, tr->i, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
            if (at_end(tr)) return fail(tr, tr->i, "missing -, : or )");
            c = tr->src[tr->i++];
            if (c == ')' || c == '-' || c == ':') break;
            if (!flag_of(c))
                return fail(tr, tr->i - 1, is_ascii_letter(c) ? "unknown flag" : "missing -, : or )");
        }
    }
    if (c == ')') {
        if (open != 0 && !(tr->out.len == 0 && tr->nparens == 0))
            return fail(tr, open, "global flags not at the start of the expression");
        tr->flags |= on;
        if (on & F_VERBOSE) tr->verbose = true;
        return true;
    }
    if (c == '-') {
        if (at_end(tr)) return fail(tr, tr->i, "missing flag");
        c = tr->src[tr->i++];
        if (!flag_of(c))
            return fail(tr, tr->i - 1, is_ascii_letter(c) ? "unknown flag" : "missing flag");
        for (;;) {
            if (flag_of(c) & (F_ASCII | F_UNICODE | F_LOCALE))
                return fail(tr, tr->i, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
            off |= flag_of(c);
            if (at_end(tr)) return fail(tr, tr->i, "missing :");
            c = tr->src[tr->i++];
            if (c == ':') break;
            if (!flag_of(c))
                return fail(tr, tr->i - 1, is_ascii_letter(c) ? "unknown flag" : "missing :");
        }
    }
    if (on & off)
        return fail(tr, tr->i - 1, "bad inline flags: flag turned on and off");
    bool verbose = tr->verbose;
    if (!push_paren(tr, open, 0)) return false;
    if (on & F_VERBOSE) tr->verbose = true;
    if (off & F_VERBOSE) tr->verbose = false;
    tr->parens[tr->nparens - 1].verbose = verbose;
    char buf[16];
    size_t n = 0;
    buf[n++] = '(';
    buf[n++] = '?';
    if (on & F_IGNORECASE) buf[n++] = 'i';
    if (on & F_MULTILINE) buf[n++] = 'm';
    if (on & F_DOTALL) buf[n++] = 's';
    if (off & (F_IGNORECASE | F_MULTILINE | F_DOTALL)) {
        buf[n++] = '-';
        if (off & F_IGNORECASE) buf[n++] = 'i';
        if (off & F_MULTILINE) buf[n++] = 'm';
        if (off & F_DOTALL) buf[n++] = 's';
    }
    buf[n++] = ':';
    emit(tr, buf, n);
    return true;
}

static bool translate_group(Tr *tr)
{
    size_t open = tr->i++;
    tr->tok = open;
    if (peek(tr) != '?') {
        emits(tr, "(");
        return push_paren(tr, open, ++tr->ngroups);
    }
    tr->i++;
    if (at_end(tr)) return fail(tr, tr->i, "unexpected end of pattern");
    char c = tr->src[tr->i++];
    size_t at, n;
    switch (c) {
    case 'P':
        if (at_end(tr)) return fail(tr, tr->i, "unexpected end of pattern");
        c = tr->src[tr->i++];
        if (c == '<') {
            if (!read_name(tr, '>', &at, &n)) return false;
            int prev = find_name(tr, at, n);
            int group = ++tr->ngroups;
            if (prev)
                return fail(tr, at, "redefinition of group name '%.*s' as group %d; was group %d",
                            (int)n, tr->src + at, group, prev);
            if (tr->nnames == tr->namecap) {
                tr->namecap = tr->namecap * 2 + 4;
                GroupName *g = realloc(tr->names, (size_t)tr->namecap * sizeof *g);
                if (!g) return fail(tr, open, "out of memory");
                tr->names = g;
            }
            tr->names[tr->nnames++] = (GroupName){ at, n, group };
            emits(tr, "(?<");
            emit(tr, tr->src + at, n);
            emits(tr, ">");
            return push_paren(tr, open, group);
        }
        if (c == '=') {
            if (!read_name(tr, ')', &at, &n)) return false;
            int group = find_name(tr, at, n);
            if (!group) return fail(tr, at, "unknown group name '%.*s'", (int)n, tr->src + at);
            if (tr->open[group]) return fail(tr, at, "cannot refer to an open group");
            char buf[24];
            emit(tr, buf, (size_t)snprintf(buf, sizeof buf, "(?:\\g{%d})", group));
            tr->last = LAST_ATOM;
            return true;
        }
        return fail(tr, open + 1, "unknown extension ?P%c", c);
    case ':': case '=': case '!': case '>':
        { char e[3] = { '(', '?', c }; emit(tr, e, 3); }
        return push_paren(tr, open, 0);
    case '<':
        if (at_end(tr)) return fail(tr, tr->i, "unexpected end of pattern");
        c = tr->src[tr->i++];
        if (c != '=' && c != '!') return fail(tr, open + 1, "unknown extension ?<%c", c);
        /* Python wants every branch of the same width, PCRE2 only each
         * branch of a fixed one; inside a group it wants the same. */
        { char e[7] = { '(', '?', '<', c, '(', '?', ':' }; emit(tr, e, 7); }
        if (!push_paren(tr, open, 0)) return false;
        tr->parens[tr->nparens - 1].lookbehind = true;
        return true;
    case '#':
        while (!at_end(tr) && peek(tr) != ')') tr->i++;
        if (at_end(tr)) return fail(tr, open, "missing ), unterminated comment");
        tr->i++;
        return true;
    case '(': {
        at = tr->i;
        while (!at_end(tr) && peek(tr) != ')') tr->i++;
        n = tr->i - at;
        if (at_end(tr)) return fail(tr, at, n ? "missing ), unterminated name" : "missing group name");
        tr->i++;
        if (n == 0) return fail(tr, at, "missing group name");
        int group = 0;
        if (is_digit(tr->src[at])) {
            for (size_t k = 0; k < n; k++) {
                if (!is_digit(tr->src[at + k]))
                    return fail(tr, at, "bad character in group name '%.*s'", (int)n, tr->src + at);
                group = group * 10 + (tr->src[at + k] - '0');
                if (group > 100000) break;
            }
            if (group == 0) return fail(tr, at, "bad group number");
            if (group > tr->ngroups) {
                /* A later group may still define it: Python checks at the end. */
                if (tr->nrefs == tr->refcap) {
                    tr->refcap = tr->refcap * 2 + 4;
                    GroupRef *r = realloc(tr->refs, (size_t)tr->refcap * sizeof *r);
                    if (!r) return fail(tr, at, "out of memory");
                    tr->refs = r;
                }
                tr->refs[tr->nrefs++] = (GroupRef){ group, at };
            }
        } else {
            if (!is_ident(tr, at, n))
                return fail(tr, at, "bad character in group name '%.*s'", (int)n, tr->src + at);
            group = find_name(tr, at, n);
            if (!group) return fail(tr, at, "unknown group name '%.*s'", (int)n, tr->src + at);
        }
        char buf[32];
        emit(tr, buf, (size_t)snprintf(buf, sizeof buf, "(?(%d)", group));
        if (!push_paren(tr, open, 0)) return false;
        tr->parens[tr->nparens - 1].conditional = true;
        return true;
    }
    default:
        if (flag_of(c) || c == '-') {
            tr->i--;
            return translate_flags(tr, open);
        }
        return fail(tr, open + 1, "unknown extension ?%c", c);
    }
}

/* A repeat {m}, {m,}, {,n} or {m,n} at i ('{'); false (i unchanged) when
 * the brace is a literal.  *lo and *hi receive the bounds (hi -1: none). */
static bool read_braces(Tr *tr, long *lo, long *hi)
{
    size_t j = tr->i + 1;
    long a = -1, b = -1;
    bool comma = false;
    for (; j < tr->len && is_digit(tr->src[j]); j++) a = (a < 0 ? 0 : a) * 10 + (tr->src[j] - '0');
    if (j < tr->len && tr->src[j] == ',') {
        comma = true;
        for (j++; j < tr->len && is_digit(tr->src[j]); j++) b = (b < 0 ? 0 : b) * 10 + (tr->src[j] - '0');
    }
    if (j >= tr->len || tr->src[j] != '}' || (a < 0 && !comma)) return false;
    *lo = a < 0 ? 0 : a;
    *hi = comma ? b : a;
    tr->i = j + 1;
    return true;
}

static bool translate_repeat(Tr *tr)
{
    size_t start = tr->i;
    tr->tok = start;
    char c = peek(tr);
    long lo = 0, hi = -1;
    if (c == '{' && !read_braces(tr, &lo, &hi)) {
        tr->i++;
        emits(tr, "\\{");
        tr->last = LAST_ATOM;
        return true;
    }
    if (tr->last == LAST_REPEAT && (c == '?' || c == '+')) {
        tr->i++;
        emit(tr, &c, 1);
        tr->last = LAST_MODIFIED;
        return true;
    }
    if (tr->last == LAST_NONE) return fail(tr, start, "nothing to repeat");
    if (tr->last != LAST_ATOM) return fail(tr, start, "multiple repeat");
    if (c != '{') {
        tr->i++;
        emit(tr, &c, 1);
    } else {
        if (hi >= 0 && lo > hi) return fail(tr, start + 1, "min repeat greater than max repeat");
        if (lo > 65535 || hi > 65535) return fail(tr, start + 1, "the repetition number is too large");
        char buf[48];
        if (hi < 0) emit(tr, buf, (size_t)snprintf(buf, sizeof buf, "{%ld,}", lo));
        else emit(tr, buf, (size_t)snprintf(buf, sizeof buf, "{%ld,%ld}", lo, hi));
    }
    tr->last = LAST_REPEAT;
    return true;
}

static bool translate(Tr *tr)
{
    while (!at_end(tr)) {
        char c = peek(tr);
        tr->tok = tr->i;
        if (tr->verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')) {
            tr->i++;
            continue;
        }
        if (tr->verbose && c == '#') {
            while (!at_end(tr) && peek(tr) != '\n') tr->i++;
            continue;
        }
        bool ok = true;
        switch (c) {
        case '\\': ok = translate_escape(tr); break;
        case '[': ok = translate_class(tr); break;
        case '(': ok = translate_group(tr); break;
        case ')':
            if (tr->nparens == 0) return fail(tr, tr->i, "unbalanced parenthesis");
            tr->i++;
            {
                Paren *p = &tr->parens[--tr->nparens];
                if (p->group) tr->open[p->group] = false;
                tr->current = p->outer;
                tr->verbose = p->verbose;
                emits(tr, p->lookbehind ? "))" : ")");
            }
            tr->last = LAST_ATOM;
            break;
        case '*': case '+': case '?': case '{': ok = translate_repeat(tr); break;
        case '|':
            if (tr->nparens && tr->parens[tr->nparens - 1].conditional) {
                if (tr->parens[tr->nparens - 1].has_bar)
                    return fail(tr, tr->i, "conditional backref with more than two branches");
                tr->parens[tr->nparens - 1].has_bar = true;
            }
            tr->i++;
            emits(tr, "|");
            tr->last = LAST_NONE;
            break;
        case '^': case '$': tr->i++; emit(tr, &c, 1); tr->last = LAST_NONE; break;
        case '.': tr->i++; emits(tr, "."); tr->last = LAST_ATOM; break;
        default: {
            uint32_t cp = next_cp(tr);
            if (cp < 0x80 && (is_ascii_letter((char)cp) || is_digit((char)cp))) emit(tr, &c, 1);
            else if (tr->is_str && cp >= 0x80) emit(tr, tr->src + tr->tok, tr->i - tr->tok);
            else emit_cp(tr, cp);
            tr->last = LAST_ATOM;
        }
        }
        if (!ok) return false;
    }
    if (tr->nparens) return fail(tr, tr->parens[tr->nparens - 1].pos, "missing ), unterminated subpattern");
    for (int k = 0; k < tr->nrefs; k++)
        if (tr->refs[k].group > tr->ngroups)
            return fail(tr, tr->refs[k].pos, "invalid group reference %d", tr->refs[k].group);
    return true;
}

static void tr_free(Tr *tr)
{
    strbuf_free(&tr->out);
    free(tr->srcmap);
    free(tr->names);
    free(tr->parens);
    free(tr->open);
    free(tr->parent);
    free(tr->refs);
}

#define NO_POS SIZE_MAX

/* Raises errcls(msg, pattern, pos) with pos a byte offset in the pattern,
 * or errcls(msg) for NO_POS. */
static Value raise_re_error(Thread *t, Value errcls, Value pattern, const char *msg, size_t pos)
{
    if (str_check(pattern) && pos != NO_POS) pos = utf8_count(str_cstr(pattern), pos);
    Value a[3] = { VAL_UNBOUND, pattern, VAL_UNBOUND };
    a[0] = str_from_cstr(t, msg);
    if (a[0] == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, a[0]);
    a[2] = pos == NO_POS ? VAL_NONE : int_from_i64(t, (int64_t)pos);
    Value e = a[2] == VAL_ERROR ? VAL_ERROR : op_call(t, errcls, a, pos == NO_POS ? 1 : 3, NULL);
    gc_pop_roots(t, 1);
    if (e == VAL_ERROR) return e;
    return exc_raise_obj(t, e);
}

/* compile(pattern, flags, error) -> (code, flags, groups, groupindex,
 * parents): parents[g] is the capture group enclosing group g (0: none),
 * which Match.lastindex needs.  Errors are raised as error(msg, pattern,
 * pos). */
FN(re_compile)
{
    Value a[3];
    if (arg_parse(t, "compile", args, nargs, kwnames, "pattern,flags,error", a) < 0) return VAL_ERROR;
    Value pattern = a[0];
    int64_t flags;
    if (int_as_i64(t, a[1], &flags) < 0) return VAL_ERROR;
    Tr tr = { 0 };
    if (str_check(pattern)) {
        tr.src = str_cstr(pattern);
        tr.len = STR(pattern)->len;
        tr.is_str = true;
    } else if (bytes_check(pattern)) {
        tr.src = (const char *)BYTES(pattern)->data;
        tr.len = BYTES(pattern)->len;
    } else {
        return exc_raise(t, &TypeErrorType, "first argument must be string or compiled pattern");
    }
    tr.flags = (int)flags;
    tr.verbose = (flags & F_VERBOSE) != 0;
    strbuf_init(&tr.out);
    if (!translate(&tr)) {
        Value r = raise_re_error(t, a[2], pattern, tr.msg, tr.errpos);
        tr_free(&tr);
        return r;
    }
    if (tr.out.failed) { tr_free(&tr); return exc_no_memory(t); }
    int pyflags = tr.flags;
    if ((pyflags & F_ASCII) && (pyflags & (F_UNICODE | F_LOCALE))) {
        tr_free(&tr);
        return exc_raise(t, &ValueErrorType, "ASCII and %s flags are incompatible",
                         pyflags & F_UNICODE ? "UNICODE" : "LOCALE");
    }
    if (tr.is_str && !(pyflags & F_ASCII)) pyflags |= F_UNICODE;
    uint32_t options = 0;
    if (tr.is_str) options |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
    if (pyflags & F_UNICODE) options |= PCRE2_UCP;
    if (pyflags & F_IGNORECASE) options |= PCRE2_CASELESS;
    if (pyflags & F_MULTILINE) options |= PCRE2_MULTILINE;
    if (pyflags & F_DOTALL) options |= PCRE2_DOTALL;
    pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
    if (cc) pcre2_set_newline(cc, PCRE2_NEWLINE_LF);
    int errcode;
    PCRE2_SIZE erroff;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)(tr.out.data ? tr.out.data : ""), tr.out.len,
                                     options, &errcode, &erroff, cc);
    if (cc) pcre2_compile_context_free(cc);
    if (!code) {
        char msg[160];
        pcre2_get_error_message(errcode, (PCRE2_UCHAR *)msg, sizeof msg);
        size_t pos = erroff < tr.out.len ? tr.srcmap[erroff] : tr.len;
        if (errcode == PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH) {
            snprintf(msg, sizeof msg, "look-behind requires fixed-width pattern");
            pos = NO_POS;
        }
        Value r = raise_re_error(t, a[2], pattern, msg, pos);
        tr_free(&tr);
        return r;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);   /* interpreted if JIT is unavailable */
    ReCodeObj *rc = gc_alloc(t, &ReCodeType, sizeof(ReCodeObj));
    if (!rc) { pcre2_code_free(code); tr_free(&tr); return VAL_ERROR; }
    rc->code = code;
    rc->is_str = tr.is_str;
    rc->md = pcre2_match_data_create_from_pattern(code, NULL);
    Value result = VAL_ERROR;
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, val_from_obj(rc));
    Value gi = dict_new(t);
    if (gi == VAL_ERROR) goto done;
    gc_push_root(t, gi);
    for (int k = 0; k < tr.nnames; k++) {
        Value name = str_new(t, tr.src + tr.names[k].name, tr.names[k].len);
        if (name == VAL_ERROR) goto done;
        gc_push_root(t, name);
        int r = dict_set(t, DICT(gi), name, val_from_small(tr.names[k].index));
        gc_pop_roots(t, 1);
        if (r < 0) goto done;
    }
    Value parents = tuple_new(t, (size_t)tr.ngroups + 1);
    if (parents == VAL_ERROR) goto done;
    TUPLE(parents)->items[0] = val_from_small(0);
    for (int g = 1; g <= tr.ngroups; g++) TUPLE(parents)->items[g] = val_from_small(tr.parent[g]);
    gc_push_root(t, parents);
    result = tuple_pack(t, 5, val_from_obj(rc), val_from_small(pyflags),
                        val_from_small(tr.ngroups), gi, parents);
done:
    gc_root_reset(t, mark);
    tr_free(&tr);
    return result;
}

/* ---- matching ---- */

/* The subject's bytes, and a cursor converting byte offsets to indexes. */
typedef struct {
    const char *data;
    size_t len;
    bool ascii;                 /* byte offsets are indexes */
    size_t byte, index;         /* cursor */
} Subject;

static bool subject_of(Thread *t, ReCodeObj *rc, Value s, Subject *sub)
{
    if (!str_check(s) && !bytes_check(s)) {
        exc_raise(t, &TypeErrorType, "expected string or bytes-like object, got '%T'", s);
        return false;
    }
    if (rc->is_str) {
        if (!str_check(s)) {
            exc_raise(t, &TypeErrorType, "cannot use a string pattern on a bytes-like object");
            return false;
        }
        *sub = (Subject){ str_cstr(s), STR(s)->len, STR(s)->len == STR(s)->nchars, 0, 0 };
    } else {
        if (!bytes_check(s)) {
            exc_raise(t, &TypeErrorType, "cannot use a bytes pattern on a string-like object");
            return false;
        }
        *sub = (Subject){ (const char *)BYTES(s)->data, BYTES(s)->len, true, 0, 0 };
    }
    return true;
}

static size_t count_chars(const char *p, size_t n)
{
    size_t c = 0;
    for (size_t k = 0; k < n; k++) c += ((unsigned char)p[k] & 0xC0) != 0x80;
    return c;
}

static size_t to_index(Subject *s, size_t off)
{
    if (s->ascii) return off;
    if (off >= s->byte) s->index += count_chars(s->data + s->byte, off - s->byte);
    else s->index -= count_chars(s->data + off, s->byte - off);
    s->byte = off;
    return s->index;
}

/* Byte offset of index i (clamped to the subject). */
static size_t to_offset(Subject *s, size_t i)
{
    if (s->ascii) return i < s->len ? i : s->len;
    const char *p = s->data, *end = s->data + s->len;
    while (i > 0 && p < end) {
        p += utf8_seq_len((unsigned char)*p);
        i--;
    }
    if (p > end) p = end;
    s->byte = (size_t)(p - s->data);
    s->index = utf8_count(s->data, s->byte);
    return s->byte;
}

static Value subject_slice(Thread *t, ReCodeObj *rc, Subject *s, size_t from, size_t to)
{
    return rc->is_str ? str_new(t, s->data + from, to - from) : bytes_new(t, s->data + from, to - from);
}

/* The result of one match: a tuple (gap, text of group 0 .. n, start and
 * end of group 0 .. n), a text None and indexes -1 for a group that did
 * not take part.  gap is the subject from byte `gap_from` to the start of
 * the match, or None when gap_from is PCRE2_UNSET. */
static Value match_item(Thread *t, ReCodeObj *rc, Subject *s, size_t gap_from)
{
    uint32_t n = pcre2_get_ovector_count(rc->md);
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rc->md);
    Value item = tuple_new(t, 1 + 3 * (size_t)n);
    if (item == VAL_ERROR) return item;
    gc_push_root(t, item);
    TupleObj *tp = TUPLE(item);
    for (uint32_t k = 0; k < n; k++) {
        Value a = val_from_small(-1), b = val_from_small(-1);
        if (ov[2 * k] != PCRE2_UNSET) {
            a = val_from_small((int64_t)to_index(s, ov[2 * k]));
            b = val_from_small((int64_t)to_index(s, ov[2 * k + 1]));
            Value text = subject_slice(t, rc, s, ov[2 * k], ov[2 * k + 1]);
            if (text == VAL_ERROR) { gc_pop_roots(t, 1); return VAL_ERROR; }
            tp->items[1 + k] = text;
        }
        tp->items[1 + n + 2 * k] = a;
        tp->items[2 + n + 2 * k] = b;
    }
    if (gap_from != PCRE2_UNSET) {
        Value gap = subject_slice(t, rc, s, gap_from, ov[0]);
        if (gap == VAL_ERROR) { gc_pop_roots(t, 1); return VAL_ERROR; }
        tp->items[0] = gap;
    }
    gc_pop_roots(t, 1);
    return item;
}

static Value match_error(Thread *t, int rc)
{
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
        return exc_raise(t, &RecursionErrorType, "maximum recursion limit exceeded");
    if (rc == PCRE2_ERROR_NOMEMORY) return exc_no_memory(t);
    char msg[160];
    pcre2_get_error_message(rc, (PCRE2_UCHAR *)msg, sizeof msg);
    return exc_raise(t, &RuntimeErrorType, "internal error in regular expression engine: %s", msg);
}

/* Reads code, string, pos, endpos; sets *start / *end as byte offsets. */
static ReCodeObj *match_args(Thread *t, const char *fname, Value *args, int nargs, Subject *sub,
                             size_t *start, size_t *end)
{
    if (arg_count(t, fname, nargs, 4, 5) < 0) return NULL;
    if (!val_is_type(args[0], &ReCodeType)) {
        exc_raise(t, &TypeErrorType, "%s() needs a compiled code", fname);
        return NULL;
    }
    ReCodeObj *rc = (ReCodeObj *)val_as_obj(args[0]);
    if (!subject_of(t, rc, args[1], sub)) return NULL;
    int64_t pos, endpos;
    if (int_as_i64(t, args[2], &pos) < 0 || int_as_i64(t, args[3], &endpos) < 0) return NULL;
    if (pos < 0) pos = 0;
    if (endpos < 0) endpos = 0;
    *end = to_offset(sub, (size_t)endpos);
    *start = pos > endpos ? *end + 1 : to_offset(sub, (size_t)pos);
    return rc;
}

/* search(code, string, pos, endpos, mode): mode 0 search, 1 match,
 * 2 fullmatch.  The match's item (see match_item), or None. */
FN(re_search)
{
    (void)kwnames;
    Subject sub;
    size_t start, end;
    ReCodeObj *rc = match_args(t, "search", args, nargs, &sub, &start, &end);
    if (!rc) return VAL_ERROR;
    int64_t mode = nargs > 4 && val_is_int(args[4]) ? val_as_int(args[4]) : 0;
    if (start > end) return VAL_NONE;
    uint32_t opts = mode == 1 ? PCRE2_ANCHORED : mode == 2 ? PCRE2_ANCHORED | PCRE2_ENDANCHORED : 0;
    int r = pcre2_match(rc->code, (PCRE2_SPTR)sub.data, end, start, opts, rc->md, NULL);
    if (r == PCRE2_ERROR_NOMATCH) return VAL_NONE;
    if (r < 0) return match_error(t, r);
    return match_item(t, rc, &sub, PCRE2_UNSET);
}

/* Successive matches over a subject, with Python's rule for empty
 * matches: after one, the next match may not be empty at the same place,
 * though it may start there. */
typedef struct {
    ReCodeObj *rc;
    Subject sub;
    size_t start, end;          /* where to look next, and the subject's end */
    size_t last;                /* end of the previous match */
    uint32_t opts;
} Scan;

/* 1 with rc->md holding the next match, 0 when there is none, -1 on
 * error. */
static int scan_next(Thread *t, Scan *sc)
{
    if (sc->start > sc->end) return 0;
    int r = pcre2_match(sc->rc->code, (PCRE2_SPTR)sc->sub.data, sc->end, sc->start, sc->opts,
                        sc->rc->md, NULL);
    if (r == PCRE2_ERROR_NOMATCH) return 0;
    if (r < 0) { match_error(t, r); return -1; }
    return 1;
}

/* Moves past the match scan_next found. */
static void scan_advance(Scan *sc)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->rc->md);
    sc->opts = ov[0] == ov[1] ? PCRE2_NOTEMPTY_ATSTART : 0;
    sc->start = sc->last = ov[1];
}

static bool scan_init(Thread *t, const char *fname, Value *args, int nargs, Scan *sc)
{
    ReCodeObj *rc = match_args(t, fname, args, nargs, &sc->sub, &sc->start, &sc->end);
    if (!rc) return false;
    sc->rc = rc;
    sc->last = sc->start;
    sc->opts = 0;
    return true;
}

/* scan(code, string, pos, endpos, limit, gaps): the list of the items
 * (see match_item) of successive matches, at most limit (0: all), then
 * the text after the last one.  Without gaps, the items' gaps are None. */
FN(re_scan)
{
    (void)kwnames;
    Scan sc;
    if (arg_count(t, "scan", nargs, 6, 6) < 0 || !scan_init(t, "scan", args, 4, &sc)) return VAL_ERROR;
    int64_t limit = val_is_int(args[4]) ? val_as_int(args[4]) : 0;
    bool gaps = args[5] == VAL_TRUE;
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    int64_t count = 0;
    Value result = list;
    int r;
    while ((limit <= 0 || count < limit) && (r = scan_next(t, &sc)) != 0) {
        Value item = r < 0 ? VAL_ERROR : match_item(t, sc.rc, &sc.sub, gaps ? sc.last : PCRE2_UNSET);
        if (item == VAL_ERROR || list_append(t, list, item) < 0) { result = VAL_ERROR; break; }
        scan_advance(&sc);
        count++;
    }
    if (result != VAL_ERROR) {
        size_t from = sc.last < sc.end ? sc.last : sc.end;
        Value tail = subject_slice(t, sc.rc, &sc.sub, from, sc.end);
        if (tail == VAL_ERROR || list_append(t, list, tail) < 0) result = VAL_ERROR;
    }
    gc_pop_roots(t, 1);
    return result;
}

/* The text of group g of the current match, `empty` if it did not take
 * part. */
static Value group_text(Thread *t, Scan *sc, uint32_t g, Value empty)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->rc->md);
    if (ov[2 * g] == PCRE2_UNSET) return empty;
    return subject_slice(t, sc->rc, &sc->sub, ov[2 * g], ov[2 * g + 1]);
}

/* findall(code, string, pos, endpos): Pattern.findall's list. */
FN(re_findall)
{
    (void)kwnames;
    Scan sc;
    if (!scan_init(t, "findall", args, nargs, &sc)) return VAL_ERROR;
    uint32_t mark = gc_root_mark(t);
    Value result = VAL_ERROR;
    Value empty = subject_slice(t, sc.rc, &sc.sub, 0, 0);
    if (empty == VAL_ERROR) return empty;
    gc_push_root(t, empty);
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) goto done;
    gc_push_root(t, list);
    uint32_t ngroups = pcre2_get_ovector_count(sc.rc->md) - 1;
    int r;
    while ((r = scan_next(t, &sc)) > 0) {
        Value item;
        if (ngroups <= 1) {
            item = group_text(t, &sc, ngroups, empty);
        } else {
            item = tuple_new(t, ngroups);
            if (item != VAL_ERROR) {
                gc_push_root(t, item);
                for (uint32_t g = 1; g <= ngroups && item != VAL_ERROR; g++) {
                    Value text = group_text(t, &sc, g, empty);
                    if (text == VAL_ERROR) item = VAL_ERROR;
                    else TUPLE(item)->items[g - 1] = text;
                }
                gc_pop_roots(t, 1);
            }
        }
        if (item == VAL_ERROR || list_append(t, list, item) < 0) goto done;
        scan_advance(&sc);
    }
    if (r == 0) result = list;
done:
    gc_root_reset(t, mark);
    return result;
}

/* sub(code, string, template, count) -> (new string, number of
 * replacements).  template is a list of texts (of the subject's type)
 * and group numbers. */
FN(re_sub)
{
    (void)kwnames;
    if (arg_count(t, "sub", nargs, 4, 4) < 0) return VAL_ERROR;
    Value a[4] = { args[0], args[1], val_from_small(0), val_from_small(INT64_MAX >> 17) };
    Scan sc;
    if (!scan_init(t, "sub", a, 4, &sc)) return VAL_ERROR;
    if (!list_check(args[2])) return exc_raise(t, &TypeErrorType, "sub() needs a template list");
    int64_t count = val_is_int(args[3]) ? val_as_int(args[3]) : 0;
    ListObj *tmpl = LIST(args[2]);
    for (size_t k = 0; k < tmpl->len; k++) {
        Value p = tmpl->items[k];
        if (val_is_int(p) ? val_as_int(p) < 0 || (uint64_t)val_as_int(p) >= pcre2_get_ovector_count(sc.rc->md)
                          : sc.rc->is_str ? !str_check(p) : !bytes_check(p))
            return exc_raise(t, &TypeErrorType, "sub() got a bad template");
    }
    StrBuf b;
    strbuf_init(&b);
    int64_t n = 0;
    int r = 0;
    while ((count <= 0 || n < count) && (r = scan_next(t, &sc)) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc.rc->md);
        strbuf_append(&b, sc.sub.data + sc.last, ov[0] - sc.last);
        for (size_t k = 0; k < tmpl->len; k++) {
            Value p = tmpl->items[k];
            if (val_is_int(p)) {
                int64_t g = val_as_int(p);
                if (ov[2 * g] != PCRE2_UNSET) strbuf_append(&b, sc.sub.data + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
            } else if (sc.rc->is_str) {
                strbuf_append(&b, str_cstr(p), STR(p)->len);
            } else {
                strbuf_append(&b, (const char *)BYTES(p)->data, BYTES(p)->len);
            }
        }
        scan_advance(&sc);
        n++;
    }
    if (r < 0) { strbuf_free(&b); return VAL_ERROR; }
    if (n == 0) {
        strbuf_free(&b);
        return tuple_pack(t, 2, args[1], val_from_small(0));
    }
    strbuf_append(&b, sc.sub.data + sc.last, sc.end - sc.last);
    if (b.failed) { strbuf_free(&b); return exc_no_memory(t); }
    Value text = sc.rc->is_str ? strbuf_finish(t, &b) : strbuf_finish_bytes(t, &b);
    if (text == VAL_ERROR) return text;
    gc_push_root(t, text);
    Value result = tuple_pack(t, 2, text, val_from_small(n));
    gc_pop_roots(t, 1);
    return result;
}

/* split(code, string, maxsplit): Pattern.split's list. */
FN(re_split)
{
    (void)kwnames;
    if (arg_count(t, "split", nargs, 3, 3) < 0) return VAL_ERROR;
    Value a[4] = { args[0], args[1], val_from_small(0), val_from_small(INT64_MAX >> 17) };
    Scan sc;
    if (!scan_init(t, "split", a, 4, &sc)) return VAL_ERROR;
    int64_t maxsplit = val_is_int(args[2]) ? val_as_int(args[2]) : 0;
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    uint32_t ngroups = pcre2_get_ovector_count(sc.rc->md) - 1;
    Value result = list;
    int64_t n = 0;
    int r = 0;
    while ((maxsplit <= 0 || n < maxsplit) && (r = scan_next(t, &sc)) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc.rc->md);
        Value piece = subject_slice(t, sc.rc, &sc.sub, sc.last, ov[0]);
        if (piece == VAL_ERROR || list_append(t, list, piece) < 0) { r = -1; break; }
        for (uint32_t g = 1; g <= ngroups; g++) {
            piece = group_text(t, &sc, g, VAL_NONE);
            if (piece == VAL_ERROR || list_append(t, list, piece) < 0) { r = -1; break; }
        }
        if (r < 0) break;
        scan_advance(&sc);
        n++;
    }
    if (r >= 0) {
        Value tail = subject_slice(t, sc.rc, &sc.sub, sc.last, sc.end);
        if (tail == VAL_ERROR || list_append(t, list, tail) < 0) r = -1;
    }
    if (r < 0) result = VAL_ERROR;
    gc_pop_roots(t, 1);
    return result;
}

static const MethodDef re_functions[] = {
    { "compile", re_compile, 0 },
    { "search", re_search, 0 },
    { "scan", re_scan, 0 },
    { "findall", re_findall, 0 },
    { "sub", re_sub, 0 },
    { "split", re_split, 0 },
    { NULL, NULL, 0 },
};

Value mod_re_init(Thread *t)
{
    Value m = module_new(t, "_re");
    if (m == VAL_ERROR) return m;
    gc_push_root(t, m);
    int ok = module_add_functions(t, m, re_functions);
    gc_pop_roots(t, 1);
    return ok == 0 ? m : VAL_ERROR;
}
