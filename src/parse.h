/*
 * parse.h -- source text to syntax tree (lexer.re + parser.y + parse.c).
 */
#ifndef ASTER_PARSE_H
#define ASTER_PARSE_H

#include "ast.h"

typedef enum {
    PARSE_FILE,         /* a module: N_MODULE */
    PARSE_EVAL,         /* one expression: N_EXPR wrapped in N_MODULE */
    PARSE_INTERACTIVE   /* one REPL entry (may be several simple statements) */
} ParseMode;

typedef struct {
    const char *kind;           /* "SyntaxError", "IndentationError", "TabError" */
    char msg[200];              /* Python's wording, e.g. "invalid syntax" */
    int line, col;              /* 1-based line, 0-based byte column */
    int end_line, end_col;      /* end of the offending span (exclusive) */
    bool incomplete;            /* input ended early: a REPL should read more */
} ParseError;

/* Parses src (len bytes, need not be NUL-terminated).  Returns the module
 * node, or NULL with *err filled in.  Never calls the collector and never
 * recurses without bound: brackets nest at most 200 deep ("too many nested
 * parentheses"), blocks 100 ("too many levels of indentation"), and a tree
 * deeper than PARSE_MAX_DEPTH is CPython's "RecursionError: maximum
 * recursion depth exceeded during compilation" (CPython's limit is about
 * 3000 too), which bounds the compiler's recursion over the tree. */
Node *parse_source(Arena *a, const char *src, size_t len, ParseMode mode, ParseError *err);

#define PARSE_MAX_DEPTH 2900

#endif
