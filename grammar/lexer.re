/*
 * lexer.re -- Python's tokenizer for aster (re2c).
 *
 * re2c scans one token at a time over a NUL-terminated buffer (parse.c
 * rejects NUL bytes and invalid UTF-8 before we start, so the only NUL
 * is the end).  Layout (NEWLINE / INDENT / DEDENT), comments, line
 * joining and brackets are handled around the scanner in C; string
 * bodies are scanned and decoded by hand.
 *
 * An f-string is scanned here completely: literal runs are decoded, and
 * each replacement field is found by running the ordinary token scanner
 * over its expression (so nested strings and brackets are skipped
 * correctly); parse.c later parses the expression in place.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lexer.h"
#include "lexer_tables.h"
#include "parser.h"
#include "utf8.h"

#define TABSIZE 8

/* ---- errors and positions ---------------------------------------------- */

static int vfail(Lexer *lx, const char *kind, int line, int col, int end_line, int end_col,
                 const char *fmt, va_list ap)
{
    if (!lx->failed) {
        ParseError *e = lx->err;
        e->kind = kind;
        vsnprintf(e->msg, sizeof e->msg, fmt, ap);
        e->line = line;
        e->col = col;
        e->end_line = end_line;
        e->end_col = end_col;
    }
    lx->failed = true;
    return TOK_FAIL;
}

/* Fails with a SyntaxError at line:col (a one-byte span). */
static int fail_at(Lexer *lx, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vfail(lx, "SyntaxError", line, col, line, col + 1, fmt, ap);
    va_end(ap);
    return r;
}

/* Fails with a SyntaxError spanning line:col to end_line:end_col. */
static int fail_range(Lexer *lx, int line, int col, int end_line, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vfail(lx, "SyntaxError", line, col, end_line, end_col, fmt, ap);
    va_end(ap);
    return r;
}

/* Fails over the span of token t (or its first byte, while it is being
 * scanned). */
static int fail_token(Lexer *lx, const Token *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    bool done = t->end_line > 0;
    int r = vfail(lx, "SyntaxError", t->line, t->col, done ? t->end_line : t->line, done ? t->end_col : t->col + 1,
                  fmt, ap);
    va_end(ap);
    return r;
}

/* Fails at byte p of the current line. */
static int fail_here(Lexer *lx, const char *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int col = (int)(p - lx->line_start);
    int r = vfail(lx, "SyntaxError", lx->line, col, lx->line, col + 1, fmt, ap);
    va_end(ap);
    return r;
}

/* An indentation error on the current line (no end column, as CPython). */
static int fail_indent(Lexer *lx, const char *kind, int col, const char *msg)
{
    if (!lx->failed) {
        ParseError *e = lx->err;
        e->kind = kind;
        snprintf(e->msg, sizeof e->msg, "%s", msg);
        e->line = e->end_line = lx->line;
        e->col = col;
        e->end_col = -1;
    }
    lx->failed = true;
    return TOK_FAIL;
}

static bool is_newline(char c) { return c == '\n' || c == '\r'; }

/* Consumes the line break at p ("\n", "\r\n" or "\r") and starts a line. */
static const char *next_line(Lexer *lx, const char *p)
{
    if (p[0] == '\r' && p[1] == '\n') p++;
    p++;
    lx->line++;
    lx->line_start = p;
    return p;
}

/* The line CPython names in "detected at line N": a line break right
 * before the end of input does not start a new line. */
static int last_line(const Lexer *lx, const char *p)
{
    return (p > lx->buf && is_newline(p[-1]) && p == lx->lim) ? lx->line - 1 : lx->line;
}

static void set_span(Lexer *lx, Token *t, const char *start, int line, const char *line_start,
                     const char *end)
{
    t->start = start;
    t->end = end;
    t->line = line;
    t->col = (int)(start - line_start);
    t->end_line = lx->line;
    t->end_col = (int)(end - lx->line_start);
}

/* ---- Unicode classes -------------------------------------------------- */

static bool in_ranges(uint32_t c, const uint32_t (*r)[2], size_t n)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid][0]) hi = mid;
        else if (c > r[mid][1]) lo = mid + 1;
        else return true;
    }
    return false;
}

#define IN_TABLE(c, t) in_ranges((c), (t), sizeof(t) / sizeof((t)[0]))

static bool id_start(uint32_t c)
{
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return IN_TABLE(c, xid_start);
}

static bool id_continue(uint32_t c)
{
    if (c < 0x80) return id_start(c) || (c >= '0' && c <= '9');
    return IN_TABLE(c, xid_continue);
}

static bool printable(uint32_t c)
{
    if (c < 0x80) return c >= 0x20 && c < 0x7F;
    return !IN_TABLE(c, non_printable);
}

/* The error for a character that cannot start or continue a token. */
static int bad_char(Lexer *lx, const char *p)
{
    const char *q = p;
    uint32_t c = utf8_next(&q);
    if (!printable(c))
        return fail_here(lx, p, "invalid non-printable character U+%04X", (unsigned)c);
    return fail_here(lx, p, "invalid character '%.*s' (U+%04X)", (int)(q - p), p, (unsigned)c);
}

/* ---- brackets ---------------------------------------------------------- */

static int open_bracket(Lexer *lx, const char *p, bool field)
{
    if (lx->base_level + lx->level >= LEX_MAX_LEVEL)
        return fail_here(lx, p, "too many nested parentheses");
    lx->open[lx->level].field = field;
    lx->open[lx->level].ch = *p;
    lx->open[lx->level].line = lx->line;
    lx->open[lx->level].col = (int)(p - lx->line_start);
    lx->level++;
    return 0;
}

static int close_bracket(Lexer *lx, const char *p)
{
    if (lx->level == 0) return fail_here(lx, p, "unmatched '%c'", *p);
    char o = lx->open[lx->level - 1].ch;
    char want = o == '(' ? ')' : o == '[' ? ']' : '}';
    if (*p != want && lx->open[lx->level - 1].field) return fail_here(lx, p, "f-string: unmatched '%c'", *p);
    if (*p != want) {
        int oline = lx->open[lx->level - 1].line;
        if (oline != lx->line)
            return fail_here(lx, p, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                             *p, o, oline);
        return fail_here(lx, p, "closing parenthesis '%c' does not match opening parenthesis '%c'", *p, o);
    }
    lx->level--;
    return 0;
}

/* ---- a growable byte buffer for decoded strings ----------------------- */

typedef struct { char *p; size_t len, cap; } Buf;

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (!n) return;
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n) cap *= 2;
        char *q = realloc(b->p, cap);
        if (!q) abort();
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

/* Appends source text, with its line breaks ("\r\n", "\r") made "\n"
 * as Python reads them. */
static void buf_text(Buf *b, const char *s, size_t n)
{
    const char *end = s + n;
    while (s < end) {
        const char *cr = memchr(s, '\r', (size_t)(end - s));
        if (!cr) {
            buf_add(b, s, (size_t)(end - s));
            return;
        }
        buf_add(b, s, (size_t)(cr - s));
        buf_add(b, "\n", 1);
        s = cr + 1;
        if (s < end && *s == '\n') s++;
    }
}

static void buf_cp(Buf *b, uint32_t cp)
{
    char tmp[4];
    buf_add(b, tmp, (size_t)utf8_encode(cp, tmp));
}

/* ---- escape sequences --------------------------------------------------- */

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes the escapes of body[0..n) onto b.  `base` is where the body
 * starts inside the literal (for error positions, which CPython counts
 * from the start of the body).  Unknown escapes stay as written. */
static int decode(Lexer *lx, const Token *t, Buf *b, const char *s, size_t n, bool bytes,
                  size_t base)
{
    const char *end = s + n, *run = s;
    while (s < end) {
        if (*s != '\\') { s++; continue; }
        buf_text(b, run, (size_t)(s - run));
        if (s + 1 == end) {
            /* a backslash ending an f-string run, before a brace */
            buf_add(b, "\\", 1);
            run = ++s;
            continue;
        }
        const char *esc = s;
        size_t pos = base + (size_t)(esc - (end - n));
        char c = s[1];
        s += 2;
        switch (c) {
        case '\n': break;
        case '\r': if (*s == '\n') s++; break;
        case '\\': buf_add(b, "\\", 1); break;
        case '\'': buf_add(b, "'", 1); break;
        case '"': buf_add(b, "\"", 1); break;
        case 'a': buf_add(b, "\a", 1); break;
        case 'b': buf_add(b, "\b", 1); break;
        case 'f': buf_add(b, "\f", 1); break;
        case 'n': buf_add(b, "\n", 1); break;
        case 'r': buf_add(b, "\r", 1); break;
        case 't': buf_add(b, "\t", 1); break;
        case 'v': buf_add(b, "\v", 1); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(c - '0');
            for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++) v = v * 8 + (uint32_t)(*s++ - '0');
            if (bytes) { char ch = (char)(v & 0xFF); buf_add(b, &ch, 1); }
            else buf_cp(b, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (bytes && c != 'x') { buf_add(b, esc, 2); break; }
            int want = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            uint32_t v = 0;
            int got = 0;
            while (got < want && s < end && hexval(*s) >= 0) { v = v * 16 + (uint32_t)hexval(*s++); got++; }
            size_t last = pos + 1 + (size_t)got;
            if (got < want) {
                if (bytes)
                    return fail_token(lx, t, "(value error) invalid \\x escape at position %zu", pos);
                return fail_token(lx, t,
                               "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: truncated \\%s escape",
                               pos, last, c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
            }
            if (bytes) { char ch = (char)v; buf_add(b, &ch, 1); break; }
            if (v > 0x10FFFF)
                return fail_token(lx, t,
                               "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: illegal Unicode character",
                               pos, last);
            buf_cp(b, v);
            break;
        }
        case 'N':
            if (bytes) { buf_add(b, esc, 2); break; }
            /* No name table: every \N{...} is reported like an unknown name. */
            if (*s != '{')
                return fail_token(lx, t,
                               "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: malformed \\N character escape",
                               pos, pos + 1);
            while (s < end && *s != '}') s++;
            return fail_token(lx, t,
                           "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                           pos, base + (size_t)(s - (end - n)),
                           s < end ? "unknown Unicode character name" : "malformed \\N character escape");
        default:
            /* invalid escape: kept as written (CPython only warns) */
            s = esc + 1;
            buf_add(b, "\\", 1);
            break;
        }
        run = s;
    }
    buf_text(b, run, (size_t)(s - run));
    return 0;
}

/* ---- plain string literals ----------------------------------------------- */

/* Finds the end of a non-f string body starting at p; returns the closing
 * quote, or NULL after failing. */
static const char *string_body_end(Lexer *lx, const Token *t, const char *p, char q, bool triple)
{
    for (;;) {
        char c = *p;
        if (p == lx->lim) {
            fail_at(lx, t->line, t->col, triple ? "unterminated triple-quoted string literal (detected at line %d)"
                                                : "unterminated string literal (detected at line %d)",
                    last_line(lx, p));
            lx->err_at_eof = triple;
            return NULL;
        }
        if (c == q && (!triple || (p[1] == q && p[2] == q))) return p;
        if (c == '\\') {
            p++;
            if (is_newline(*p)) p = next_line(lx, p);
            else if (p != lx->lim) p++;
            continue;
        }
        if (is_newline(c)) {
            if (!triple) {
                fail_at(lx, t->line, t->col, "unterminated string literal (detected at line %d)", lx->line);
                return NULL;
            }
            p = next_line(lx, p);
            continue;
        }
        p++;
    }
}

static bool has_prefix(const char *s, const char *e, char c)
{
    for (; s < e; s++)
        if (*s == c || *s == c - 32) return true;
    return false;
}

static int scan_fstring(Lexer *lx, Token *t, char q, bool triple, bool raw);

/* start..prefix_end is the prefix, then the quote. */
static int scan_string(Lexer *lx, Token *t, const char *start, const char *quote)
{
    bool raw = has_prefix(start, quote, 'r'), bytes = has_prefix(start, quote, 'b');
    char q = *quote;
    bool triple = quote[1] == q && quote[2] == q;
    const char *body = quote + (triple ? 3 : 1);
    t->start = start;
    t->line = lx->line;
    t->col = (int)(start - lx->line_start);
    if (has_prefix(start, quote, 'f')) {
        lx->cur = body;
        return scan_fstring(lx, t, q, triple, raw);
    }
    const char *close = string_body_end(lx, t, body, q, triple);
    if (!close) return TOK_FAIL;
    const char *end = close + (triple ? 3 : 1);
    lx->cur = end;
    set_span(lx, t, start, t->line, start - t->col, end);

    if (lx->scan_only) return T_STRING;
    StrLit *s = arena_alloc(lx->arena, sizeof *s);
    s->kind = bytes ? STR_BYTES : STR_PLAIN;
    size_t n = (size_t)(close - body);
    if (bytes)
        for (const char *p = body; p < close; p++)
            if ((unsigned char)*p >= 0x80)
                return fail_token(lx, t, "bytes can only contain ASCII literal characters");
    if (!memchr(body, '\r', n) && (raw || !memchr(body, '\\', n))) {
        s->text = arena_strndup(lx->arena, body, n);
        s->len = n;
    } else {
        Buf b = {0};
        int r = 0;
        if (raw) buf_text(&b, body, n);
        else r = decode(lx, t, &b, body, n, bytes, 0);
        if (r == 0) {
            s->text = arena_strndup(lx->arena, b.p ? b.p : "", b.len);
            s->len = b.len;
        }
        free(b.p);
        if (r < 0) return TOK_FAIL;
    }
    t->v.str = s;
    return T_STRING;
}

/* ---- f-strings ----------------------------------------------------------- */

typedef struct {
    Token *tok;                 /* the f-string token (for errors) */
    char q;
    bool triple, raw;
} FScan;

static int scan_token(Lexer *lx, Token *t);
static int skip_space_in_brackets(Lexer *lx);

static FPart *new_part(Lexer *lx, FPart ***tail)
{
    if (lx->scan_only) {
        memset(&lx->scratch, 0, sizeof lx->scratch);
        lx->scratch.conversion = -1;
        return &lx->scratch;
    }
    FPart *p = arena_alloc(lx->arena, sizeof *p);
    p->conversion = -1;
    **tail = p;
    *tail = &p->next;
    return p;
}

static bool at_fstring_end(const FScan *fs, const char *p)
{
    return *p == fs->q && (!fs->triple || (p[1] == fs->q && p[2] == fs->q));
}

static int scan_fields(Lexer *lx, FScan *fs, FPart ***tail, int spec_depth);

/* Scans the replacement field whose '{' is at lx->cur. */
static int scan_field(Lexer *lx, FScan *fs, FPart ***tail, int spec_depth)
{
    const char *brace = lx->cur;
    FPart *f = new_part(lx, tail);
    f->is_field = true;
    f->line = lx->line;
    f->col = (int)(brace - lx->line_start);
    if (open_bracket(lx, brace, true) < 0) return TOK_FAIL;
    int field_level = lx->level;
    lx->cur = brace + 1;
    /* (when only scanning, f is scratch space that nested fields reuse) */
    const char *expr = lx->cur, *expr_line_start = lx->line_start;
    int expr_line = lx->line;

    /* Run the token scanner until a delimiter at the field's own level. */
    Token tk;
    int first = 0, ntok = 0;
    for (;;) {
        if (skip_space_in_brackets(lx) < 0) return TOK_FAIL;
        const char *p = lx->cur;
        if (p == lx->lim) {
            fail_at(lx, lx->open[field_level - 1].line, lx->open[field_level - 1].col, "'{' was never closed");
            lx->err_at_eof = lx->eof_bracket = true;
            return TOK_FAIL;
        }
        if (lx->level == field_level) {
            if (*p == '}' || *p == ':' || (*p == '!' && p[1] != '=') || (*p == '=' && p[1] != '=')) break;
            if (fs->triple && at_fstring_end(fs, p)) return fail_here(lx, p, "f-string: expecting '}'");
        }
        int type = scan_token(lx, &tk);
        if (type < 0) {
            /* A quote that opens no complete string is taken as the end
             * of the f-string, as CPython reports it. */
            if ((*p == '"' || *p == '\'') && strncmp(lx->err->msg, "unterminated string", 19) == 0) {
                lx->failed = false;
                return fail_at(lx, tk.line, tk.col, "f-string: expecting '}'");
            }
            return TOK_FAIL;
        }
        if (ntok++ == 0) first = type;
    }
    const char *d = lx->cur;
    if (ntok == 0) return fail_here(lx, d, "f-string: valid expression required before '%c'", *d);
    if (first == T_LAMBDA && *d == ':')
        return fail_range(lx, expr_line, (int)(expr - expr_line_start), lx->line, (int)(d + 1 - lx->line_start),
                          "f-string: lambda expressions are not allowed without parentheses");
    f->expr = expr;
    f->expr_end = d;
    f->expr_line = expr_line;
    f->expr_line_start = expr_line_start;
    f->level = lx->base_level + field_level;

    const char *p = d;
    if (*p == '=') {
        p++;
        while (*p == ' ' || *p == '\t' || *p == '\f') p++;
        f->debug = expr;
        f->debug_len = (size_t)(p - expr);
        if (at_fstring_end(fs, p)) return fail_here(lx, p, "f-string: expecting '}'");
        if (*p != '!' && *p != ':' && *p != '}')
            return fail_here(lx, p, "f-string: expecting '!', or ':', or '}'");
    }
    if (*p == '!') {
        p++;
        if (*p == '}' || *p == ':') return fail_here(lx, p, "f-string: missing conversion character");
        if (*p == ' ' || *p == '\t') {
            const char *e = p;
            while (*e == ' ' || *e == '\t') e++;
            while ((unsigned char)*e < 0x80 && id_continue((unsigned char)*e)) e++;
            int col = (int)(p - 1 - lx->line_start);
            return fail_range(lx, lx->line, col, lx->line, (int)(e - lx->line_start),
                              "f-string: conversion type must come right after the exclamanation mark");
        }
        const char *n = p;
        while (id_continue((unsigned char)*p) && (unsigned char)*p < 0x80) p++;
        if (p == n) return fail_here(lx, p, "f-string: invalid conversion character");
        if (p - n != 1 || (*n != 's' && *n != 'r' && *n != 'a'))
            return fail_here(lx, n, "f-string: invalid conversion character '%.*s': expected 's', 'r', or 'a'",
                             (int)(p - n), n);
        f->conversion = *n;
        while (*p == ' ' || *p == '\t' || *p == '\f') p++;
        if (at_fstring_end(fs, p)) return fail_here(lx, n, "f-string: expecting '}'");
        if (*p != ':' && *p != '}') return fail_here(lx, p, "f-string: expecting ':' or '}'");
    }
    if (*p == ':') {
        if (spec_depth >= LEX_MAX_FSPEC_NEST) return fail_here(lx, p, "f-string: expressions nested too deeply");
        f->has_spec = true;
        f->spec_line = lx->line;
        f->spec_col = (int)(p - lx->line_start);
        lx->cur = p + 1;
        FPart **spec_tail = &f->spec;
        if (scan_fields(lx, fs, &spec_tail, spec_depth + 1) < 0) return TOK_FAIL;
        p = lx->cur;
        f->spec_end_line = lx->line;
        f->spec_end_col = (int)(p - lx->line_start);
    }
    /* p is at the closing brace */
    lx->cur = p;
    if (close_bracket(lx, p) < 0) return TOK_FAIL;
    lx->cur = p + 1;
    f->end_line = lx->line;
    f->end_col = (int)(lx->cur - lx->line_start);
    return 0;
}

/* Scans literal text and fields up to the end of the f-string (spec_depth
 * 0) or the '}' that ends a format spec (left at lx->cur). */
static int scan_fields(Lexer *lx, FScan *fs, FPart ***tail, int spec_depth)
{
    Buf b = {0};
    int line = lx->line, col = (int)(lx->cur - lx->line_start);
    const char *p = lx->cur, *run = p;
    int r = 0;
    /* Flushes the pending literal run (up to p) into a part that ends at
     * `end` in the source. */
#define FLUSH_LITERAL(end)                                                        \
    do {                                                                          \
        if (lx->scan_only) break;                                                 \
        if (fs->raw) buf_text(&b, run, (size_t)(p - run));                        \
        else if ((r = decode(lx, fs->tok, &b, run, (size_t)(p - run), false, 0)) < 0) goto out; \
        if (b.len) {                                                              \
            FPart *lit = new_part(lx, tail);                                      \
            lit->text = arena_strndup(lx->arena, b.p, b.len);                     \
            lit->len = b.len;                                                     \
            lit->line = line; lit->col = col;                                     \
            lit->end_line = lx->line; lit->end_col = (int)((end) - lx->line_start); \
            b.len = 0;                                                            \
        }                                                                         \
    } while (0)
    for (;;) {
        char c = *p;
        if (p == lx->lim) {
            r = fail_at(lx, fs->tok->line, fs->tok->col,
                        fs->triple ? "unterminated triple-quoted f-string literal (detected at line %d)"
                                   : "unterminated f-string literal (detected at line %d)",
                        last_line(lx, p));
            lx->err_at_eof = fs->triple;
            goto out;
        }
        if (at_fstring_end(fs, p)) {
            if (spec_depth > 0) { r = fail_here(lx, p, "f-string: expecting '}', or format specs"); goto out; }
            FLUSH_LITERAL(p);
            lx->cur = p;
            goto out;
        }
        if (c == '\\' && !fs->raw && p[1] == 'N' && p[2] == '{') {
            /* \N{...}: the braces belong to the escape */
            p += 3;
            while (*p && *p != '}' && !is_newline(*p) && !at_fstring_end(fs, p)) p++;
            if (*p == '}') p++;
            continue;
        }
        if (c == '\\') {
            p++;
            if (is_newline(*p)) {
                p = next_line(lx, p);
            } else if (p != lx->lim && *p != '{' && *p != '}') {
                p++;
            }
            continue;
        }
        if (is_newline(c)) {
            if (!fs->triple && spec_depth == 0) {
                r = fail_at(lx, fs->tok->line, fs->tok->col, "unterminated f-string literal (detected at line %d)",
                            lx->line);
                goto out;
            }
            p = next_line(lx, p);
            continue;
        }
        /* doubled braces are literal, except inside a format spec */
        if (spec_depth == 0 && ((c == '{' && p[1] == '{') || (c == '}' && p[1] == '}'))) {
            p++;            /* keep one brace in the run, skip the other */
            FLUSH_LITERAL(p + 1);
            p++;
            run = p;
            continue;
        }
        if (c == '}') {
            if (spec_depth > 0) {
                FLUSH_LITERAL(p);
                lx->cur = p;
                goto out;
            }
            r = fail_here(lx, p, "f-string: single '}' is not allowed");
            goto out;
        }
        if (c == '{') {
            FLUSH_LITERAL(p);
            lx->cur = p;
            if ((r = scan_field(lx, fs, tail, spec_depth)) < 0) goto out;
            p = run = lx->cur;
            line = lx->line;
            col = (int)(p - lx->line_start);
            continue;
        }
        p++;
    }
#undef FLUSH_LITERAL
out:
    free(b.p);
    return r;
}

static int scan_fstring(Lexer *lx, Token *t, char q, bool triple, bool raw)
{
    FScan fs = { t, q, triple, raw };
    StrLit tmp, *s = lx->scan_only ? &tmp : arena_alloc(lx->arena, sizeof *s);
    memset(s, 0, sizeof *s);
    s->kind = STR_F;
    FPart **tail = &s->parts;
    if (scan_fields(lx, &fs, &tail, 0) < 0) return TOK_FAIL;
    const char *end = lx->cur + (triple ? 3 : 1);
    lx->cur = end;
    set_span(lx, t, t->start, t->line, t->start - t->col, end);
    t->v.str = lx->scan_only ? NULL : s;
    return T_STRING;
}

/* ---- numbers ------------------------------------------------------------ */

/* Python allows a keyword right after a number ("1if x else y"). */
static bool keyword_follows(const char *p)
{
    switch (*p) {
    case 'a': return strncmp(p, "and", 3) == 0;
    case 'e': return strncmp(p, "else", 4) == 0;
    case 'f': return strncmp(p, "for", 3) == 0;
    case 'i': return p[1] == 'f' || p[1] == 'n' || p[1] == 's';
    case 'n': return strncmp(p, "not", 3) == 0;
    case 'o': return p[1] == 'r';
    default: return false;
    }
}

static bool ident_byte(unsigned char c)
{
    return c >= 0x80 || c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* kind: 'd' decimal, 'x' 'o' 'b' prefixed ints, 'f' float, 'j' imaginary. */
static int number(Lexer *lx, Token *t, const char *start, const char *end, int kind)
{
    unsigned char c = (unsigned char)*end;
    if (kind == 'd' && end - start == 1 && *start == '0' && strchr("xXoObB", c) && c) {
        /* "0x" with no valid digit after it */
        char base = (char)(c | 32);
        const char *d = end + 1;
        if (base == 'o' && (*d == '8' || *d == '9'))
            return fail_here(lx, d, "invalid digit '%c' in octal literal", *d);
        if (base == 'b' && *d >= '2' && *d <= '9')
            return fail_here(lx, d, "invalid digit '%c' in binary literal", *d);
        return fail_here(lx, *d == '_' ? d : end, "invalid %s literal",
                         base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary");
    }
    if (ident_byte(c) && !(c != '_' && keyword_follows(end))) {
        if (kind == 'o' && c >= '0' && c <= '9')
            return fail_here(lx, end, "invalid digit '%c' in octal literal", c);
        if (kind == 'b' && c >= '0' && c <= '9')
            return fail_here(lx, end, "invalid digit '%c' in binary literal", c);
        const char *what = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : kind == 'b' ? "binary"
                           : kind == 'j' ? "imaginary" : "decimal";
        /* CPython points at the last digit, or at a stray '_', or at the
         * sign of an exponent with no digits */
        const char *at = end - 1;
        if (c == '_' && end[-1] >= '0' && end[-1] <= '9') at = end;
        else if ((c | 32) == 'e' && (end[1] == '+' || end[1] == '-')) at = end + 1;
        return fail_here(lx, at, "invalid %s literal", what);
    }
    lx->cur = end;
    set_span(lx, t, start, lx->line, lx->line_start, end);
    t->v.num = kind == 'f' ? CONST_FLOAT : kind == 'j' ? CONST_IMAG : CONST_INT;
    return T_NUMBER;
}

/* Only a decimal int with leading zeros (like 0777) matches the digpart
 * rule; the error spans the zeros. */
static int leading_zeros(Lexer *lx, const char *start)
{
    const char *p = start;
    while (*p == '0' || *p == '_') p++;
    int col = (int)(start - lx->line_start);
    return fail_range(lx, lx->line, col, lx->line, col + (int)(p - start),
                      "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
}

/* ---- names ----------------------------------------------------------------- */

static int name(Lexer *lx, Token *t, const char *start, const char *end)
{
    /* Non-ASCII identifiers: every code point must be XID (no NFKC
     * normalisation is done). */
    for (const char *p = start; p < end;) {
        if ((unsigned char)*p < 0x80) { p++; continue; }
        const char *q = p;
        uint32_t c = utf8_next(&q);
        if (!(p == start ? id_start(c) : id_continue(c))) return bad_char(lx, p);
        p = q;
    }
    lx->cur = end;
    set_span(lx, t, start, lx->line, lx->line_start, end);
    if (!lx->scan_only) t->v.name = arena_strndup(lx->arena, start, (size_t)(end - start));
    return T_NAME;
}

/* ---- the token scanner ------------------------------------------------------ */

static int op(Lexer *lx, Token *t, const char *start, const char *end, int type)
{
    lx->cur = end;
    set_span(lx, t, start, lx->line, lx->line_start, end);
    return type;
}

static int bracket(Lexer *lx, Token *t, const char *start, int type)
{
    int r = (type == T_LPAR || type == T_LSQB || type == T_LBRACE) ? open_bracket(lx, start, false)
                                                                      : close_bracket(lx, start);
    if (r < 0) return TOK_FAIL;
    return op(lx, t, start, start + 1, type);
}

/* Scans one token at lx->cur (which is not blank). */
static int scan_token(Lexer *lx, Token *t)
{
    const unsigned char *YYCURSOR = (const unsigned char *)lx->cur, *YYMARKER = YYCURSOR;
    const char *start = lx->cur;
#define END ((const char *)YYCURSOR)
    /*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:flags:input = default;

    dig        = [0-9];
    digpart    = dig ("_"? dig)*;
    decint     = [1-9] ("_"? dig)* | "0" ("_"? "0")*;
    hexint     = "0" [xX] ("_"? [0-9a-fA-F])+;
    octint     = "0" [oO] ("_"? [0-7])+;
    binint     = "0" [bB] ("_"? [01])+;
    exponent   = [eE] [+-]? digpart;
    pointfloat = digpart? "." digpart | digpart ".";
    float      = pointfloat exponent? | digpart exponent;
    imag       = (float | digpart) [jJ];
    ascii_id   = [a-zA-Z_] [a-zA-Z0-9_]*;
    any_id     = [a-zA-Z_\x80-\xff] [a-zA-Z0-9_\x80-\xff]*;
    prefix     = [rRuUbBfF] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF];

    "False"    { return op(lx, t, start, END, T_FALSE); }
    "None"     { return op(lx, t, start, END, T_NONE); }
    "True"     { return op(lx, t, start, END, T_TRUE); }
    "and"      { return op(lx, t, start, END, T_AND); }
    "as"       { return op(lx, t, start, END, T_AS); }
    "assert"   { return op(lx, t, start, END, T_ASSERT); }
    "async"    { return op(lx, t, start, END, T_ASYNC); }
    "await"    { return op(lx, t, start, END, T_AWAIT); }
    "break"    { return op(lx, t, start, END, T_BREAK); }
    "class"    { return op(lx, t, start, END, T_CLASS); }
    "continue" { return op(lx, t, start, END, T_CONTINUE); }
    "def"      { return op(lx, t, start, END, T_DEF); }
    "del"      { return op(lx, t, start, END, T_DEL); }
    "elif"     { return op(lx, t, start, END, T_ELIF); }
    "else"     { return op(lx, t, start, END, T_ELSE); }
    "except"   { return op(lx, t, start, END, T_EXCEPT); }
    "finally"  { return op(lx, t, start, END, T_FINALLY); }
    "for"      { return op(lx, t, start, END, T_FOR); }
    "from"     { return op(lx, t, start, END, T_FROM); }
    "global"   { return op(lx, t, start, END, T_GLOBAL); }
    "if"       { return op(lx, t, start, END, T_IF); }
    "import"   { return op(lx, t, start, END, T_IMPORT); }
    "in"       { return op(lx, t, start, END, T_IN); }
    "is"       { return op(lx, t, start, END, T_IS); }
    "lambda"   { return op(lx, t, start, END, T_LAMBDA); }
    "nonlocal" { return op(lx, t, start, END, T_NONLOCAL); }
    "not"      { return op(lx, t, start, END, T_NOT); }
    "or"       { return op(lx, t, start, END, T_OR); }
    "pass"     { return op(lx, t, start, END, T_PASS); }
    "raise"    { return op(lx, t, start, END, T_RAISE); }
    "return"   { return op(lx, t, start, END, T_RETURN); }
    "try"      { return op(lx, t, start, END, T_TRY); }
    "while"    { return op(lx, t, start, END, T_WHILE); }
    "with"     { return op(lx, t, start, END, T_WITH); }
    "yield"    { return op(lx, t, start, END, T_YIELD); }

    ascii_id   { return name(lx, t, start, END); }
    any_id     { return name(lx, t, start, END); }

    prefix? ["'] { return scan_string(lx, t, start, END - 1); }

    decint     { return number(lx, t, start, END, 'd'); }
    digpart    { return leading_zeros(lx, start); }
    hexint     { return number(lx, t, start, END, 'x'); }
    octint     { return number(lx, t, start, END, 'o'); }
    binint     { return number(lx, t, start, END, 'b'); }
    float      { return number(lx, t, start, END, 'f'); }
    imag       { return number(lx, t, start, END, 'j'); }

    "("   { return bracket(lx, t, start, T_LPAR); }
    ")"   { return bracket(lx, t, start, T_RPAR); }
    "["   { return bracket(lx, t, start, T_LSQB); }
    "]"   { return bracket(lx, t, start, T_RSQB); }
    "{"   { return bracket(lx, t, start, T_LBRACE); }
    "}"   { return bracket(lx, t, start, T_RBRACE); }
    ":"   { return op(lx, t, start, END, T_COLON); }
    ","   { return op(lx, t, start, END, T_COMMA); }
    ";"   { return op(lx, t, start, END, T_SEMI); }
    "+"   { return op(lx, t, start, END, T_PLUS); }
    "-"   { return op(lx, t, start, END, T_MINUS); }
    "*"   { return op(lx, t, start, END, T_STAR); }
    "/"   { return op(lx, t, start, END, T_SLASH); }
    "|"   { return op(lx, t, start, END, T_VBAR); }
    "&"   { return op(lx, t, start, END, T_AMPER); }
    "<"   { return op(lx, t, start, END, T_LESS); }
    ">"   { return op(lx, t, start, END, T_GREATER); }
    "="   { return op(lx, t, start, END, T_EQUAL); }
    "."   { return op(lx, t, start, END, T_DOT); }
    "%"   { return op(lx, t, start, END, T_PERCENT); }
    "=="  { return op(lx, t, start, END, T_EQEQUAL); }
    "!="  { return op(lx, t, start, END, T_NOTEQUAL); }
    "<="  { return op(lx, t, start, END, T_LESSEQUAL); }
    ">="  { return op(lx, t, start, END, T_GREATEREQUAL); }
    "~"   { return op(lx, t, start, END, T_TILDE); }
    "^"   { return op(lx, t, start, END, T_CIRCUMFLEX); }
    "<<"  { return op(lx, t, start, END, T_LEFTSHIFT); }
    ">>"  { return op(lx, t, start, END, T_RIGHTSHIFT); }
    "**"  { return op(lx, t, start, END, T_DOUBLESTAR); }
    "+="  { return op(lx, t, start, END, T_PLUSEQUAL); }
    "-="  { return op(lx, t, start, END, T_MINEQUAL); }
    "*="  { return op(lx, t, start, END, T_STAREQUAL); }
    "/="  { return op(lx, t, start, END, T_SLASHEQUAL); }
    "%="  { return op(lx, t, start, END, T_PERCENTEQUAL); }
    "&="  { return op(lx, t, start, END, T_AMPEREQUAL); }
    "|="  { return op(lx, t, start, END, T_VBAREQUAL); }
    "^="  { return op(lx, t, start, END, T_CIRCUMFLEXEQUAL); }
    "<<=" { return op(lx, t, start, END, T_LEFTSHIFTEQUAL); }
    ">>=" { return op(lx, t, start, END, T_RIGHTSHIFTEQUAL); }
    "**=" { return op(lx, t, start, END, T_DOUBLESTAREQUAL); }
    "//"  { return op(lx, t, start, END, T_DOUBLESLASH); }
    "//=" { return op(lx, t, start, END, T_DOUBLESLASHEQUAL); }
    "@"   { return op(lx, t, start, END, T_AT); }
    "@="  { return op(lx, t, start, END, T_ATEQUAL); }
    "->"  { return op(lx, t, start, END, T_RARROW); }
    "..." { return op(lx, t, start, END, T_ELLIPSIS); }
    ":="  { return op(lx, t, start, END, T_COLONEQUAL); }
    "!"   { return op(lx, t, start, END, T_EXCLAMATION); }
    [$?`] { return op(lx, t, start, END, T_ERRORTOKEN); }

    *     { return bad_char(lx, start); }
    */
#undef END
}

/* ---- layout -------------------------------------------------------------------- */

static bool in_brackets(const Lexer *lx) { return lx->base_level + lx->level > 0; }

/* Skips blanks, comments, escaped line breaks and (inside brackets) line
 * breaks.  Stops at a token, a significant line break or the end. */
static int skip_blank(Lexer *lx, bool newlines)
{
    const char *p = lx->cur;
    for (;;) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\f') { p++; continue; }
        if (c == '#') {
            while (!is_newline(*p) && p != lx->lim) p++;
            continue;
        }
        if (c == '\\') {
            if (is_newline(p[1])) {
                int line = lx->line, col = (int)(p + 1 - lx->line_start);
                p = next_line(lx, p + 1);
                if (p != lx->lim) continue;
                /* the joined line never comes */
                lx->err_at_eof = lx->eof_backslash = true;
                return fail_at(lx, line, col, "unexpected EOF while parsing");
            }
            lx->cur = p;
            if (p + 1 == lx->lim) {
                lx->err_at_eof = lx->eof_backslash = true;
                return fail_here(lx, p + 1, "unexpected EOF while parsing");
            }
            return fail_here(lx, p + 1, "unexpected character after line continuation character");
        }
        if (newlines && is_newline(c)) { p = next_line(lx, p); continue; }
        break;
    }
    lx->cur = p;
    return 0;
}

static int skip_space_in_brackets(Lexer *lx) { return skip_blank(lx, true); }

/* At the start of a line outside brackets: measures the indentation and
 * queues INDENT / DEDENT tokens.  Blank and comment-only lines are left
 * for the main loop to skip. */
static int indentation(Lexer *lx)
{
    int col = 0, alt = 0;
    const char *p = lx->cur;
    for (;; p++) {
        if (*p == ' ') { col++; alt++; }
        else if (*p == '\t') { col = (col / TABSIZE + 1) * TABSIZE; alt++; }
        else if (*p == '\f') { col = alt = 0; }
        else break;
    }
    lx->cur = p;
    if (*p == '#' || is_newline(*p) || p == lx->lim) return 0;
    if (*p == '\\' && is_newline(p[1])) return 0;
    int d = lx->depth;
    if (col == lx->indents[d]) {
        if (alt != lx->alt_indents[d]) goto tab_error;
    } else if (col > lx->indents[d]) {
        if (d + 1 >= LEX_MAX_INDENT) return fail_indent(lx, "IndentationError", 0, "too many levels of indentation");
        if (alt <= lx->alt_indents[d]) goto tab_error;
        lx->depth++;
        lx->indents[lx->depth] = col;
        lx->alt_indents[lx->depth] = alt;
        lx->pending = 1;
    } else {
        int n = 0;
        while (d > 0 && col < lx->indents[d]) { d--; n++; }
        if (col != lx->indents[d])
        {
            /* CPython points past the end of the line */
            const char *e = p;
            while (!is_newline(*e) && e != lx->lim) e++;
            return fail_indent(lx, "IndentationError", (int)(e - lx->line_start),
                               "unindent does not match any outer indentation level");
        }
        if (alt != lx->alt_indents[d]) goto tab_error;
        lx->depth = d;
        lx->pending = -n;
    }
    return 0;
tab_error:
    return fail_indent(lx, "TabError", 0, "inconsistent use of tabs and spaces in indentation");
}

static int layout_token(Lexer *lx, Token *t)
{
    set_span(lx, t, lx->cur, lx->line, lx->line_start, lx->cur);
    if (lx->pending > 0) { lx->pending--; return T_INDENT; }
    lx->pending++;
    return T_DEDENT;
}

static int end_of_input(Lexer *lx, Token *t)
{
    if (lx->level > 0) {
        int i = lx->level - 1;
        lx->err_at_eof = lx->eof_bracket = true;
        return fail_at(lx, lx->open[i].line, lx->open[i].col, "'%c' was never closed", lx->open[i].ch);
    }
    set_span(lx, t, lx->cur, lx->line, lx->line_start, lx->cur);
    if (lx->stop) return 0;
    if (lx->line_has_tokens) {
        lx->line_has_tokens = false;
        return T_NEWLINE;
    }
    if (lx->depth > 0) {
        lx->pending = -lx->depth;
        lx->depth = 0;
        return layout_token(lx, t);
    }
    return 0;
}

static int next_token(Lexer *lx, Token *t)
{
    for (;;) {
        if (lx->pending) return layout_token(lx, t);
        if (lx->at_bol) {
            lx->at_bol = false;
            if (!in_brackets(lx)) {
                if (indentation(lx) < 0) return TOK_FAIL;
                if (lx->pending) return layout_token(lx, t);
            }
        }
        if (skip_blank(lx, in_brackets(lx)) < 0) return TOK_FAIL;
        const char *p = lx->cur;
        if (lx->stop && p >= lx->stop) {
            set_span(lx, t, p, lx->line, lx->line_start, p);
            return 0;
        }
        if (p == lx->lim) return end_of_input(lx, t);
        if (is_newline(*p)) {
            if (!lx->line_has_tokens) {
                lx->cur = next_line(lx, p);
                lx->at_bol = true;
                continue;
            }
            set_span(lx, t, p, lx->line, lx->line_start, p + 1);
            lx->cur = next_line(lx, p);
            lx->at_bol = true;
            lx->line_has_tokens = false;
            return T_NEWLINE;
        }
        lx->line_has_tokens = true;
        return scan_token(lx, t);
    }
}

int lexer_next(Lexer *lx, Token *t)
{
    if (lx->failed) return TOK_FAIL;
    memset(t, 0, sizeof *t);
    int type = next_token(lx, t);
    t->type = type;
    return type;
}

void lexer_init(Lexer *lx, Arena *a, ParseError *err, const char *buf, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->arena = a;
    lx->err = err;
    lx->buf = buf;
    lx->cur = buf;
    lx->lim = buf + len;
    lx->line = 1;
    lx->line_start = buf;
    lx->at_bol = true;
    /* a UTF-8 byte order mark is not part of the source */
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) lx->cur = lx->line_start = buf + 3;
}

void lexer_init_field(Lexer *lx, const Lexer *parent, const FPart *part)
{
    memset(lx, 0, sizeof *lx);
    lx->arena = parent->arena;
    lx->err = parent->err;
    lx->buf = parent->buf;
    lx->lim = parent->lim;
    lx->cur = part->expr;
    lx->stop = part->expr_end;
    lx->line = part->expr_line;
    lx->line_start = part->expr_line_start;
    lx->base_level = part->level;
}
