/*
 * strbuf.c -- growable byte buffers (strbuf.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "strbuf.h"
#include "utf8.h"
#include "obj_str.h"
#include "obj_bytes.h"
#include "exc.h"

void strbuf_init(StrBuf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

void strbuf_free(StrBuf *b)
{
    free(b->data);
    strbuf_init(b);
}

/* Makes room for `extra` more bytes plus a NUL; false once failed. */
static bool reserve(StrBuf *b, size_t extra)
{
    if (b->failed) return false;
    if (b->len + extra < b->cap) return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap <= b->len + extra) {
        if (cap > SIZE_MAX / 2) { b->failed = true; return false; }
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void strbuf_append(StrBuf *b, const char *s, size_t len)
{
    if (!reserve(b, len)) return;
    memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void strbuf_puts(StrBuf *b, const char *s)
{
    strbuf_append(b, s, strlen(s));
}

void strbuf_putc(StrBuf *b, char c)
{
    if (!reserve(b, 1)) return;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void strbuf_put_codepoint(StrBuf *b, uint32_t cp)
{
    if (!reserve(b, 4)) return;
    b->len += (size_t)utf8_encode(cp, b->data + b->len);
    b->data[b->len] = '\0';
}

void strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        b->failed = true;
        return;
    }
    if (!reserve(b, (size_t)n)) return;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void strbuf_printf(StrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(b, fmt, ap);
    va_end(ap);
}

void strbuf_put_str(StrBuf *b, Value s)
{
    strbuf_append(b, STR(s)->data, STR(s)->len);
}

Value strbuf_finish(Thread *t, StrBuf *b)
{
    Value r = b->failed ? exc_no_memory(t) : str_new(t, b->data ? b->data : "", b->len);
    strbuf_free(b);
    return r;
}

Value strbuf_finish_bytes(Thread *t, StrBuf *b)
{
    Value r = b->failed ? exc_no_memory(t) : bytes_new(t, b->data ? b->data : "", b->len);
    strbuf_free(b);
    return r;
}

#if !defined(__SANITIZE_ADDRESS__)
void *mem_search(const void *hay, size_t hlen, const void *needle, size_t nlen)
{
    return memmem(hay, hlen, needle, nlen);
}
#else
void *mem_search(const void *hay, size_t hlen, const void *needle, size_t nlen)
{
    const unsigned char *h = hay, *n = needle;
    if (nlen == 0) return (void *)h;
    if (nlen > hlen) return NULL;
    const unsigned char *last = h + (hlen - nlen);
    while (h <= last) {
        h = memchr(h, n[0], (size_t)(last - h) + 1);
        if (!h) return NULL;
        if (memcmp(h + 1, n + 1, nlen - 1) == 0) return (void *)h;
        h++;
    }
    return NULL;
}
#endif

void *mem_search_back(const void *hay, size_t hlen, const void *needle, size_t nlen)
{
    const unsigned char *h = hay;
    if (nlen > hlen) return NULL;
    if (nlen == 0) return (void *)(h + hlen);
    size_t span = hlen - nlen + 1;     /* candidate starts are h .. h + span - 1 */
    while (span) {
        const unsigned char *p = memrchr(h, *(const unsigned char *)needle, span);
        if (!p) return NULL;
        if (memcmp(p, needle, nlen) == 0) return (void *)p;
        span = (size_t)(p - h);
    }
    return NULL;
}
