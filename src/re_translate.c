/*
 * re_translate.c -- Python's regular expression syntax, checked and
 * rewritten for PCRE2 (see re_translate.h).
 *
 * The escapes Python lacks (\p, \K, \Q ...) are "bad escape", \Z becomes
 * \z, \v a vertical tab, {,n} {0,n}; every literal in a character class
 * is written as \x{...} so no PCRE2 class syntax ([:alpha:]) can sneak
 * in.  Verbose mode's whitespace and comments are removed here rather
 * than by PCRE2_EXTENDED, whose rules differ.  Inline global flags are
 * returned as flags.  Errors carry CPython's messages and positions.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "re_translate.h"
#include "utf8.h"

static bool fail(ReTranslation *tr, size_t pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool fail(ReTranslation *tr, size_t pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tr->msg, sizeof tr->msg, fmt, ap);
    va_end(ap);
    tr->errpos = pos;
    return false;
}

static void emit(ReTranslation *tr, const char *s, size_t n)
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

static void emits(ReTranslation *tr, const char *s) { emit(tr, s, strlen(s)); }

static void emit_cp(ReTranslation *tr, uint32_t cp)
{
    char buf[16];
    emit(tr, buf, (size_t)snprintf(buf, sizeof buf, "\\x{%x}", (unsigned)cp));
}

static bool at_end(ReTranslation *tr) { return tr->i >= tr->len; }
static char peek(ReTranslation *tr) { return tr->i < tr->len ? tr->src[tr->i] : '\0'; }

/* The code point at i (a byte for bytes patterns); advances i. */
static uint32_t next_cp(ReTranslation *tr)
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

/* Bytes in the token at `at`: a character, or a backslash and the
 * character it escapes. */
static size_t token_len(ReTranslation *tr, size_t at)
{
    size_t n = 0;
    if (tr->src[at] == '\\' && at + 1 < tr->len) n = 1, at++;
    size_t c = tr->is_str ? (size_t)utf8_seq_len((unsigned char)tr->src[at]) : 1;
    return n + (at + c <= tr->len ? c : 1);
}

/* The escape's text from `start` (the backslash) to i, for messages. */
static int esc_len(ReTranslation *tr, size_t start) { return (int)(tr->i - start); }

/* \x, \u, \U: n hex digits after the letter.  Returns the code point or
 * -1 (error set). */
static int64_t hex_escape(ReTranslation *tr, size_t start, int n)
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
static int64_t octal_escape(ReTranslation *tr, size_t start, uint32_t v, int have)
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

/* Letters CPython's IGNORECASE matches together beyond PCRE2's
 * Unicode case folding (its "case fixes" for i, dotted and dotless). */
static const uint32_t case_groups[][4] = {
    { 0x49, 0x69, 0x130, 0x131 }, { 0x390, 0x1FD3 }, { 0x3B0, 0x1FE3 },
};
#define NCASE_GROUPS (sizeof case_groups / sizeof case_groups[0])

static bool folding(ReTranslation *tr)
{
    return tr->ignorecase && tr->is_str && !(tr->flags & RE_ASCII);
}

/* IGNORECASE with ASCII in a str pattern: only ASCII letters match their
 * other case, which PCRE2 cannot be told in UTF mode, so the translation
 * spells the cases out ([aA]) and PCRE2 matches case-sensitively. */
bool re_ascii_case(int flags, bool is_str)
{
    return is_str && (flags & RE_ASCII) && (flags & RE_IGNORECASE);
}

static bool ascii_case(ReTranslation *tr)
{
    return tr->is_str && (tr->flags & RE_ASCII);
}

static bool is_ascii_alpha(uint32_t cp) { return cp < 0x80 && is_ascii_letter((char)cp); }

static const uint32_t *case_group(uint32_t cp)
{
    for (size_t g = 0; g < NCASE_GROUPS; g++)
        for (int k = 0; k < 4 && case_groups[g][k]; k++)
            if (case_groups[g][k] == cp) return case_groups[g];
    return NULL;
}

static void emit_group_members(ReTranslation *tr, const uint32_t *group)
{
    for (int k = 0; k < 4 && group[k]; k++) emit_cp(tr, group[k]);
}

/* A literal outside a class; `raw` is its UTF-8 text, or NULL. */
static void emit_literal(ReTranslation *tr, uint32_t cp, const char *raw, size_t n)
{
    const uint32_t *group = folding(tr) ? case_group(cp) : NULL;
    if (tr->ignorecase && ascii_case(tr) && is_ascii_alpha(cp)) {
        char both[4] = { '[', (char)cp, (char)(cp ^ 32), ']' };
        emit(tr, both, 4);
    } else if (group) {
        emits(tr, "[");
        emit_group_members(tr, group);
        emits(tr, "]");
    } else if (raw) {
        emit(tr, raw, n);
    } else {
        emit_cp(tr, cp);
    }
}

/* A class member lo-hi (lo == hi for one character). */
static void emit_class_range(ReTranslation *tr, uint32_t lo, uint32_t hi)
{
    emit_cp(tr, lo);
    if (hi != lo) {
        emits(tr, "-");
        emit_cp(tr, hi);
    }
    if (tr->ignorecase && ascii_case(tr)) {
        /* The other case of the part of lo-hi that is letters. */
        for (uint32_t first = 'A'; first <= 'a'; first += 32) {
            uint32_t a = lo > first ? lo : first, b = hi < first + 25 ? hi : first + 25;
            if (a > b) continue;
            emit_cp(tr, a ^ 32);
            emits(tr, "-");
            emit_cp(tr, b ^ 32);
        }
    }
    if (!folding(tr)) return;
    for (size_t g = 0; g < NCASE_GROUPS; g++)
        for (int k = 0; k < 4 && case_groups[g][k]; k++)
            if (case_groups[g][k] >= lo && case_groups[g][k] <= hi) {
                emit_group_members(tr, case_groups[g]);
                break;
            }
}

/* Python's Unicode \s is str.isspace(), which differs from PCRE2's:
 * it has U+001C..U+001F and lacks U+180E.  These are its members and
 * their complement, as class contents. */
static const char unicode_space[] =
    "\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}"
    "\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}";
static const char unicode_nonspace[] =
    "\\x{0}-\\x{8}\\x{e}-\\x{1b}\\x{21}-\\x{84}\\x{86}-\\x{9f}\\x{a1}-\\x{167f}"
    "\\x{1681}-\\x{1fff}\\x{200b}-\\x{2027}\\x{202a}-\\x{202e}\\x{2030}-\\x{205e}"
    "\\x{2060}-\\x{2fff}\\x{3001}-\\x{10ffff}";

/* \d \D \s \S \w \W, inside a class or not. */
static void emit_category(ReTranslation *tr, char c, bool in_class)
{
    if ((c == 's' || c == 'S') && tr->is_str && !(tr->flags & RE_ASCII)) {
        if (!in_class) emits(tr, "[");
        emits(tr, c == 's' ? unicode_space : unicode_nonspace);
        if (!in_class) emits(tr, "]");
        return;
    }
    char e[2] = { '\\', c };
    emit(tr, e, 2);
}

/* Kinds of class item. */
enum { ITEM_CP, ITEM_CATEGORY, ITEM_ERROR };

/* An escape inside a class: a code point (*cp) or a category (\d ...,
 * emitted at once when `emit_now`). */
static int class_escape(ReTranslation *tr, uint32_t *cp, bool emit_now)
{
    size_t start = tr->i++;
    if (at_end(tr)) return fail(tr, start, "bad escape (end of pattern)"), ITEM_ERROR;
    char c = tr->src[tr->i];
    int64_t v;
    switch (c) {
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        tr->i++;
        if (emit_now) emit_category(tr, c, true);
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

static bool translate_class(ReTranslation *tr)
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
            if (kind == ITEM_CP) emit_class_range(tr, lo, lo);
            continue;
        }
        tr->i++;                /* the '-' of a range */
        size_t item2 = tr->i;
        int kind2 = ITEM_CP;
        if (peek(tr) == '\\') kind2 = class_escape(tr, &hi, false);
        else hi = next_cp(tr);
        if (kind2 == ITEM_ERROR) return false;
        if (kind != ITEM_CP || kind2 != ITEM_CP || hi < lo) {
            /* CPython names the two tokens and counts back their length
             * from the end of the range. */
            size_t n1 = token_len(tr, item), n2 = token_len(tr, item2);
            return fail(tr, tr->i - (n1 + 1 + n2), "bad character range %.*s-%.*s", (int)n1, tr->src + item,
                        (int)n2, tr->src + item2);
        }
        emit_class_range(tr, lo, hi);
    }
    tr->last = RE_LAST_ATOM;
    return true;
}

/* A back reference; under ASCII IGNORECASE it compares caselessly itself. */
static void emit_backref(ReTranslation *tr, int group)
{
    char buf[24];
    const char *fmt = tr->ignorecase && ascii_case(tr) ? "(?i:\\g{%d})" : "(?:\\g{%d})";
    emit(tr, buf, (size_t)snprintf(buf, sizeof buf, fmt, group));
}

/* Inside a look-behind a reference may only name a group closed before
 * the look-behind began (CPython's rule). */
static bool check_lookbehind_ref(ReTranslation *tr, int group)
{
    if (tr->lookbehind_groups < 0) return true;
    if (group > tr->ngroups || tr->open[group]) return fail(tr, tr->i, "cannot refer to an open group");
    if (group > tr->lookbehind_groups)
        return fail(tr, tr->i, "cannot refer to group defined in the same lookbehind subpattern");
    return true;
}

static bool translate_escape(ReTranslation *tr)
{
    size_t start = tr->i++;
    tr->tok = start;
    if (at_end(tr)) return fail(tr, start, "bad escape (end of pattern)");
    char c = tr->src[tr->i];
    int64_t v;
    tr->last = RE_LAST_ATOM;
    switch (c) {
    case 'A': case 'b': case 'B':
        tr->i++;
        { char e[2] = { '\\', c }; emit(tr, e, 2); }
        tr->last = RE_LAST_NONE;
        return true;
    case 'Z':
        tr->i++;
        emits(tr, "\\z");
        tr->last = RE_LAST_NONE;
        return true;
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        tr->i++;
        emit_category(tr, c, false);
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
            if (!check_lookbehind_ref(tr, group)) return false;
            emit_backref(tr, group);
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
    emit_literal(tr, (uint32_t)v, NULL, 0);
    return true;
}

static bool is_ident(ReTranslation *tr, size_t at, size_t n)
{
    if (n == 0) return false;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)tr->src[at + k];
        if (c >= 0x80 && tr->is_str) continue;      /* Unicode letters: leave to PCRE2 */
        if (!(is_ascii_letter((char)c) || c == '_' || (k > 0 && is_digit((char)c)))) return false;
    }
    return true;
}

static int find_name(ReTranslation *tr, size_t at, size_t n)
{
    for (int k = 0; k < tr->nnames; k++)
        if (tr->names[k].len == n && memcmp(tr->src + tr->names[k].name, tr->src + at, n) == 0)
            return tr->names[k].index;
    return 0;
}

/* Reads a group name up to `term`; *at and *n receive it. */
static bool read_name(ReTranslation *tr, char term, size_t *at, size_t *n)
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

static bool push_paren(ReTranslation *tr, size_t pos, int group)
{
    if (tr->nparens == tr->parencap) {
        tr->parencap = tr->parencap * 2 + 8;
        ReParen *p = realloc(tr->parens, (size_t)tr->parencap * sizeof *p);
        if (!p) return fail(tr, pos, "out of memory");
        tr->parens = p;
    }
    tr->parens[tr->nparens++] = (ReParen){ .pos = pos, .group = group, .outer = tr->current,
                                           .verbose = tr->verbose, .ignorecase = tr->ignorecase };
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
    tr->last = RE_LAST_NONE;
    return true;
}

static int flag_of(char c)
{
    switch (c) {
    case 'a': return RE_ASCII; case 'i': return RE_IGNORECASE; case 'L': return RE_LOCALE;
    case 'm': return RE_MULTILINE; case 's': return RE_DOTALL; case 'u': return RE_UNICODE;
    case 'x': return RE_VERBOSE; default: return 0;
    }
}

/* Inline flags after "(?": global "(?imsx)" or scoped "(?i-s:...)".
 * Errors as CPython's parser reports them, positions included. */
static bool translate_flags(ReTranslation *tr, size_t open)
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
            int type = on & (RE_ASCII | RE_UNICODE | RE_LOCALE);
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
        if (on & RE_VERBOSE) tr->verbose = true;
        if (on & RE_IGNORECASE) tr->ignorecase = true;
        return true;
    }
    if (c == '-') {
        if (at_end(tr)) return fail(tr, tr->i, "missing flag");
        c = tr->src[tr->i++];
        if (!flag_of(c))
            return fail(tr, tr->i - 1, is_ascii_letter(c) ? "unknown flag" : "missing flag");
        for (;;) {
            if (flag_of(c) & (RE_ASCII | RE_UNICODE | RE_LOCALE))
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
    bool verbose = tr->verbose, ignorecase = tr->ignorecase;
    if (!push_paren(tr, open, 0)) return false;
    if (on & RE_VERBOSE) tr->verbose = true;
    if (off & RE_VERBOSE) tr->verbose = false;
    if (on & RE_IGNORECASE) tr->ignorecase = true;
    if (off & RE_IGNORECASE) tr->ignorecase = false;
    tr->parens[tr->nparens - 1].verbose = verbose;
    tr->parens[tr->nparens - 1].ignorecase = ignorecase;
    if (ascii_case(tr)) {       /* folded here, not by PCRE2 */
        on &= ~RE_IGNORECASE;
        off &= ~RE_IGNORECASE;
    }
    char buf[16];
    size_t n = 0;
    buf[n++] = '(';
    buf[n++] = '?';
    if (on & RE_IGNORECASE) buf[n++] = 'i';
    if (on & RE_MULTILINE) buf[n++] = 'm';
    if (on & RE_DOTALL) buf[n++] = 's';
    if (off & (RE_IGNORECASE | RE_MULTILINE | RE_DOTALL)) {
        buf[n++] = '-';
        if (off & RE_IGNORECASE) buf[n++] = 'i';
        if (off & RE_MULTILINE) buf[n++] = 'm';
        if (off & RE_DOTALL) buf[n++] = 's';
    }
    buf[n++] = ':';
    emit(tr, buf, n);
    return true;
}

/* "unknown extension ?P<token>": the text after "(" up to the token
 * following `prefix` characters ("?" or "?P"). */
static bool unknown_extension(ReTranslation *tr, size_t open, size_t prefix)
{
    size_t at = open + 1 + prefix;
    int n = (int)(prefix + token_len(tr, at));
    return fail(tr, open + 1, "unknown extension %.*s", n, tr->src + open + 1);
}

static bool translate_group(ReTranslation *tr)
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
                ReGroupName *g = realloc(tr->names, (size_t)tr->namecap * sizeof *g);
                if (!g) return fail(tr, open, "out of memory");
                tr->names = g;
            }
            tr->names[tr->nnames++] = (ReGroupName){ at, n, group };
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
            if (!check_lookbehind_ref(tr, group)) return false;
            emit_backref(tr, group);
            tr->last = RE_LAST_ATOM;
            return true;
        }
        return unknown_extension(tr, open, 2);
    case ':': case '=': case '!': case '>':
        { char e[3] = { '(', '?', c }; emit(tr, e, 3); }
        return push_paren(tr, open, 0);
    case '<':
        if (at_end(tr)) return fail(tr, tr->i, "unexpected end of pattern");
        c = tr->src[tr->i++];
        if (c != '=' && c != '!') return unknown_extension(tr, open, 2);
        /* Python wants every branch of the same width, PCRE2 only each
         * branch of a fixed one; inside a group it wants the same. */
        { char e[7] = { '(', '?', '<', c, '(', '?', ':' }; emit(tr, e, 7); }
        if (!push_paren(tr, open, 0)) return false;
        tr->parens[tr->nparens - 1].lookbehind = true;
        if (tr->lookbehind_groups < 0) {
            tr->lookbehind_groups = tr->ngroups;
            tr->parens[tr->nparens - 1].outermost_lookbehind = true;
        }
        return true;
    case '#':
        /* An escaped parenthesis does not end a comment. */
        while (!at_end(tr) && peek(tr) != ')') tr->i += peek(tr) == '\\' && tr->i + 1 < tr->len ? 2 : 1;
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
                    ReGroupRef *r = realloc(tr->refs, (size_t)tr->refcap * sizeof *r);
                    if (!r) return fail(tr, at, "out of memory");
                    tr->refs = r;
                }
                tr->refs[tr->nrefs++] = (ReGroupRef){ group, at };
            }
        } else {
            if (!is_ident(tr, at, n))
                return fail(tr, at, "bad character in group name '%.*s'", (int)n, tr->src + at);
            group = find_name(tr, at, n);
            if (!group) return fail(tr, at, "unknown group name '%.*s'", (int)n, tr->src + at);
        }
        char buf[32];
        if (!check_lookbehind_ref(tr, group)) return false;
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
        return unknown_extension(tr, open, 1);
    }
}

/* A repeat {m}, {m,}, {,n} or {m,n} at i ('{'); false (i unchanged) when
 * the brace is a literal.  *lo and *hi receive the bounds (hi -1: none). */
static bool read_braces(ReTranslation *tr, long *lo, long *hi)
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

static bool translate_repeat(ReTranslation *tr)
{
    size_t start = tr->i;
    tr->tok = start;
    char c = peek(tr);
    long lo = 0, hi = -1;
    if (c == '{' && !read_braces(tr, &lo, &hi)) {
        tr->i++;
        emits(tr, "\\{");
        tr->last = RE_LAST_ATOM;
        return true;
    }
    if (tr->last == RE_LAST_REPEAT && (c == '?' || c == '+')) {
        tr->i++;
        emit(tr, &c, 1);
        tr->last = RE_LAST_MODIFIED;
        return true;
    }
    if (c != '{') tr->i++;          /* consumed, as CPython's tokenizer has */
    if (tr->last == RE_LAST_NONE) return fail(tr, start, "nothing to repeat");
    if (tr->last != RE_LAST_ATOM) return fail(tr, start, "multiple repeat");
    if (c != '{') {
        emit(tr, &c, 1);
    } else {
        if (hi >= 0 && lo > hi) return fail(tr, start + 1, "min repeat greater than max repeat");
        if (lo > 65535 || hi > 65535) return fail(tr, start + 1, "the repetition number is too large");
        char buf[48];
        if (hi < 0) emit(tr, buf, (size_t)snprintf(buf, sizeof buf, "{%ld,}", lo));
        else emit(tr, buf, (size_t)snprintf(buf, sizeof buf, "{%ld,%ld}", lo, hi));
    }
    tr->last = RE_LAST_REPEAT;
    return true;
}

/* The pattern without a final unpaired backslash, if it has one. */
static size_t without_lone_backslash(const char *src, size_t len)
{
    size_t n = 0;
    while (n < len && src[len - 1 - n] == '\\') n++;
    return n % 2 ? len - 1 : len;
}

static bool translate(ReTranslation *tr)
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
                ReParen *p = &tr->parens[--tr->nparens];
                if (p->group) tr->open[p->group] = false;
                tr->current = p->outer;
                tr->verbose = p->verbose;
                tr->ignorecase = p->ignorecase;
                emits(tr, p->lookbehind ? "))" : ")");
                if (p->outermost_lookbehind) tr->lookbehind_groups = -1;
            }
            tr->last = RE_LAST_ATOM;
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
            tr->last = RE_LAST_NONE;
            break;
        case '^': case '$': tr->i++; emit(tr, &c, 1); tr->last = RE_LAST_NONE; break;
        case '.': tr->i++; emits(tr, "."); tr->last = RE_LAST_ATOM; break;
        default: {
            uint32_t cp = next_cp(tr);
            bool plain = cp < 0x80 ? is_ascii_letter((char)cp) || is_digit((char)cp) : tr->is_str;
            if (plain)
                emit_literal(tr, cp, tr->src + tr->tok, tr->i - tr->tok);
            else
                emit_cp(tr, cp);
            tr->last = RE_LAST_ATOM;
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

bool re_translate(ReTranslation *tr)
{
    tr->lookbehind_groups = -1;
    tr->verbose = (tr->flags & RE_VERBOSE) != 0;
    tr->ignorecase = (tr->flags & RE_IGNORECASE) != 0;
    /* CPython's tokenizer fails on a final lone backslash as soon as it
     * reads the token before it: an error found after that point is
     * reported as the backslash. */
    size_t len = tr->len;
    tr->len = without_lone_backslash(tr->src, len);
    bool ok = translate(tr);
    if (tr->len < len && (ok || tr->i >= tr->len)) {
        tr->len = len;
        return fail(tr, len - 1, "bad escape (end of pattern)");
    }
    tr->len = len;
    return ok;
}

void re_translate_free(ReTranslation *tr)
{
    strbuf_free(&tr->out);
    free(tr->srcmap);
    free(tr->names);
    free(tr->parens);
    free(tr->open);
    free(tr->parent);
    free(tr->refs);
}

