/*
 * textlines.c -- text as lines, and allocation that cannot fail, for
 * `aster test` (testrunner.c) and its diffs (textdiff.c).
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "textlines.h"

#define CLIP_WIDTH 200

void out_of_memory(void)
{
    fputs("aster test: out of memory\n", stderr);
    exit(2);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) out_of_memory();
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) out_of_memory();
    return p;
}

char *xstrndup(const char *s, size_t n)
{
    char *copy = xmalloc(n + 1);
    memcpy(copy, s, n);
    copy[n] = '\0';
    return copy;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *xprintf(const char *fmt, ...)
{
    StrBuf b;
    strbuf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(&b, fmt, ap);
    va_end(ap);
    return take_text(&b);
}

/* The bytes of a StrBuf as a malloc'd string (the buffer is emptied). */
char *take_text(StrBuf *b)
{
    if (b->failed) out_of_memory();
    char *s = b->data ? b->data : xstrdup("");
    strbuf_init(b);
    return s;
}

void lines_push(Lines *l, char *line)
{
    if (l->count == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->items = xrealloc(l->items, l->cap * sizeof(char *));
    }
    l->items[l->count++] = line;
}

void lines_free(Lines *l)
{
    for (size_t i = 0; i < l->count; i++) free(l->items[i]);
    free(l->items);
    l->items = NULL;
    l->count = l->cap = 0;
}

/* TEXT cut at every '\n', as Python's str.split('\n') does: a final
 * newline leaves an empty last line. */
Lines split_lines(const char *text, size_t len)
{
    Lines l = {0};
    const char *end = text + len;
    for (;;) {
        const char *nl = memchr(text, '\n', (size_t)(end - text));
        if (!nl) break;
        lines_push(&l, xstrndup(text, (size_t)(nl - text)));
        text = nl + 1;
    }
    lines_push(&l, xstrndup(text, (size_t)(end - text)));
    return l;
}

bool is_blank(const char *s)
{
    while (isspace((unsigned char)*s)) s++;
    return *s == '\0';
}

void rstrip(char *s)
{
    size_t n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1])) n--;
    s[n] = '\0';
}

/* At most CLIP_WIDTH bytes of LINE (cut on a character boundary). */
char *clip(const char *line)
{
    size_t n = strlen(line);
    if (n <= CLIP_WIDTH) return xstrdup(line);
    size_t cut = CLIP_WIDTH;
    while (cut > 0 && ((unsigned char)line[cut] & 0xC0) == 0x80) cut--;
    return xprintf("%.*s... (%zu chars)", (int)cut, line, n);
}
