/*
 * utf8.c -- UTF-8 validation and counting (the inline codecs are in
 * utf8.h).
 */
#include <string.h>
#include "utf8.h"

bool utf8_validate(const char *s, size_t len, size_t *bad)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned char c = p[i];
        if (c < 0x80) { i++; continue; }
        size_t n;
        uint32_t min, cp;
        if (c >= 0xC2 && c < 0xE0) { n = 2; min = 0x80; cp = c & 0x1F; }
        else if (c >= 0xE0 && c < 0xF0) { n = 3; min = 0x800; cp = c & 0x0F; }
        else if (c >= 0xF0 && c < 0xF5) { n = 4; min = 0x10000; cp = c & 0x07; }
        else break;
        if (len - i < n) break;
        size_t k;
        for (k = 1; k < n && (p[i + k] & 0xC0) == 0x80; k++) cp = (cp << 6) | (p[i + k] & 0x3F);
        if (k < n || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) break;
        i += n;
    }
    if (i < len && bad) *bad = i;
    return i == len;
}

size_t utf8_count(const char *s, size_t len)
{
    /* Every code point has exactly one byte that is not 10xxxxxx. */
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0, i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        /* A continuation byte has bit 7 set and bit 6 clear. */
        uint64_t cont = w & ~(w << 1) & UINT64_C(0x8080808080808080);
        n += 8 - (size_t)__builtin_popcountll(cont);
    }
    for (; i < len; i++) n += (p[i] & 0xC0) != 0x80;
    return n;
}
