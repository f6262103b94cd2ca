/*
 * strbuf.h -- a growable byte buffer for building strings in C.
 *
 * The buffer is plain malloc memory, outside the GC heap, so building a
 * string never runs the collector; only strbuf_finish allocates the str.
 * An allocation failure marks the buffer failed and later appends are
 * ignored; strbuf_finish then raises MemoryError.  Once something has
 * been appended, data is NUL-terminated (data[len] == 0); before that
 * it may be NULL.
 */
#ifndef ASTER_STRBUF_H
#define ASTER_STRBUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "object.h"

typedef struct {
    char *data;
    size_t len, cap;
    bool failed;
} StrBuf;

void strbuf_init(StrBuf *b);
void strbuf_free(StrBuf *b);
void strbuf_append(StrBuf *b, const char *s, size_t len);
void strbuf_puts(StrBuf *b, const char *s);
void strbuf_putc(StrBuf *b, char c);
void strbuf_put_codepoint(StrBuf *b, uint32_t cp);
void strbuf_printf(StrBuf *b, const char *fmt, ...);
void strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap);
/* Appends the text of a str value. */
void strbuf_put_str(StrBuf *b, Value s);
/* Makes a str of the contents and frees the buffer (also on failure). */
Value strbuf_finish(Thread *t, StrBuf *b);
Value strbuf_finish_bytes(Thread *t, StrBuf *b);

/* The first occurrence of needle in hay, or NULL: memmem, except under
 * AddressSanitizer, whose memmem checks the whole haystack on every call
 * and so makes repeated searches through a large text quadratic. */
void *mem_search(const void *hay, size_t hlen, const void *needle, size_t nlen);
/* The last occurrence of needle in hay, or NULL (hay + hlen for an empty needle). */
void *mem_search_back(const void *hay, size_t hlen, const void *needle, size_t nlen);
/* center/ljust/rjust of str and bytes: how much of the margin marg goes
 * on the left for alignment how ('<', '>' or '^'), CPython's rounding. */
static inline size_t justify_left_margin(char how, size_t marg, int64_t width)
{
    if (how == '<') return 0;
    if (how == '>') return marg;
    return marg / 2 + (marg & (size_t)width & 1);
}

#endif
