/*
 * textlines.h -- text as lines, and allocation that cannot fail (it ends
 * the program with "out of memory"): what `aster test` works with.
 */
#ifndef ASTER_TEXTLINES_H
#define ASTER_TEXTLINES_H

#include <stdbool.h>
#include <stddef.h>
#include "strbuf.h"

typedef struct {
    char **items;
    size_t count, cap;
} Lines;

void out_of_memory(void);
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrndup(const char *s, size_t n);
char *xstrdup(const char *s);
char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The bytes of a StrBuf as a malloc'd string (the buffer is emptied). */
char *take_text(StrBuf *b);

/* Appends a malloc'd line (the list owns it). */
void lines_push(Lines *l, char *line);
void lines_free(Lines *l);
/* TEXT cut at every '\n', as Python's str.split('\n') does: a final
 * newline leaves an empty last line. */
Lines split_lines(const char *text, size_t len);
bool is_blank(const char *s);
/* Drops trailing white space in place. */
void rstrip(char *s);
/* At most 200 bytes of LINE (cut on a character boundary), malloc'd. */
char *clip(const char *line);

#endif
