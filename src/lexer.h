/*
 * lexer.h -- the tokenizer (grammar/lexer.re), private to the parser.
 *
 * The lexer turns a NUL-terminated UTF-8 buffer into tokens for the
 * grammar (codes from the generated parser.h), with Python's layout
 * rules: NEWLINE ends a logical line outside brackets, INDENT and DEDENT
 * follow the indentation stack, blank and comment-only lines vanish.
 *
 * String literals are decoded here; an f-string becomes a list of parts
 * whose replacement fields keep the source span of their expression, so
 * that parse.c can parse it in place (positions stay those of the file).
 *
 * Errors: lexer_next returns TOK_FAIL after filling lx->err.  Once failed
 * it keeps returning TOK_FAIL.  The lexer allocates only from its arena
 * (and short-lived malloc buffers); it never recurses except through
 * nested f-strings, which the bracket limit bounds.
 */
#ifndef ASTER_LEXER_H
#define ASTER_LEXER_H

#include "parse.h"

/* Not a grammar token: the lexer failed and lx->err says why. */
#define TOK_FAIL (-1)

/* Python's limits: open brackets, indentation levels, nested format
 * specs in an f-string. */
#define LEX_MAX_LEVEL 200
#define LEX_MAX_INDENT 100
#define LEX_MAX_FSPEC_NEST 2

typedef enum { STR_PLAIN, STR_BYTES, STR_F } StrKind;

typedef struct FPart FPart;

/* One piece of an f-string: a literal run, or a replacement field. */
struct FPart {
    FPart *next;
    bool is_field;
    const char *text;           /* literal: decoded UTF-8 */
    size_t len;
    int line, col, end_line, end_col;   /* literal or whole field {...} */
    /* field: the expression's source span [expr, expr_end), where it
     * starts, and the bracket depth inside the braces */
    const char *expr, *expr_end;
    int expr_line;
    const char *expr_line_start;
    int level;
    const char *debug;          /* the "x = " text of f'{x = }', or NULL */
    size_t debug_len;
    int conversion;             /* -1, 's', 'r', 'a' */
    bool has_spec;
    FPart *spec;                /* format spec parts (may be empty) */
    int spec_line, spec_col, spec_end_line, spec_end_col;
};

/* A string literal token's value. */
typedef struct {
    StrKind kind;
    const char *text;           /* STR_PLAIN / STR_BYTES: decoded value */
    size_t len;
    FPart *parts;               /* STR_F */
} StrLit;

typedef struct Token {
    int type;                   /* parser.h code; 0 at the end of input */
    int line, col, end_line, end_col;
    const char *start, *end;    /* source span */
    union {
        const char *name;       /* NAME: arena copy */
        StrLit *str;            /* STRING */
        ConstKind num;          /* NUMBER: CONST_INT/FLOAT/IMAG */
    } v;
} Token;

typedef struct Lexer {
    Arena *arena;
    ParseError *err;            /* filled on failure */
    bool failed;
    bool err_at_eof;            /* the failure is "input ended early" */
    bool eof_bracket;           /* ... inside brackets ("was never closed") */
    bool eof_backslash;         /* ... after a line-joining backslash */
    const char *buf;            /* whole buffer, for byte offsets */
    const char *cur;
    const char *lim;            /* the terminating NUL */
    const char *stop;           /* sub-lexer: tokens from here on are EOF */
    int line;
    const char *line_start;
    bool scan_only;             /* only look for errors: build no values */
    FPart scratch;              /* f-string parts when scan_only */

    /* layout */
    bool at_bol;                /* next token starts a line */
    bool line_has_tokens;       /* a token was emitted since the last NEWLINE */
    int indents[LEX_MAX_INDENT + 1], alt_indents[LEX_MAX_INDENT + 1];
    int depth;                  /* indents[0..depth] are open */
    int pending;                /* > 0: INDENTs to emit, < 0: DEDENTs */

    /* brackets */
    struct { char ch; bool field; int line, col; } open[LEX_MAX_LEVEL + 1];
    int level;                  /* open brackets here */
    int base_level;             /* enclosing levels (f-string fields) */
} Lexer;

/* Starts a lexer on buf[0..len) (buf[len] must be NUL); errors go to
 * *err. */
void lexer_init(Lexer *lx, Arena *a, ParseError *err, const char *buf, size_t len);
/* Starts a lexer on the expression of an f-string field: it reads the
 * parent's buffer from part->expr, inside brackets, and ends at
 * part->expr_end.  Errors go where the parent's do until lx->err is set. */
void lexer_init_field(Lexer *lx, const Lexer *parent, const FPart *part);
/* Reads the next token into *t.  Returns its type (0 at the end), or
 * TOK_FAIL. */
int lexer_next(Lexer *lx, Token *t);

#endif
