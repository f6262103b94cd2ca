/*
 * utf8.h -- decoding and encoding UTF-8.  aster strings are UTF-8 (lone
 * surrogates are allowed inside, encoded as three bytes, as in WTF-8).
 */
#ifndef ASTER_UTF8_H
#define ASTER_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes the code point at *p (which must be valid) and advances *p. */
static inline uint32_t utf8_next(const char **p)
{
    const unsigned char *s = (const unsigned char *)*p;
    uint32_t c = s[0];
    if (c < 0x80) { *p += 1; return c; }
    if (c < 0xE0) { *p += 2; return ((c & 0x1F) << 6) | (s[1] & 0x3F); }
    if (c < 0xF0) { *p += 3; return ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F); }
    *p += 4;
    return ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* Length in bytes of the sequence that starts with byte c. */
static inline int utf8_seq_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Writes cp (< 0x110000) to out (4 bytes room); returns bytes written. */
static inline int utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) { o[0] = 0xC0 | (cp >> 6); o[1] = 0x80 | (cp & 0x3F); return 2; }
    if (cp < 0x10000) {
        o[0] = 0xE0 | (cp >> 12); o[1] = 0x80 | ((cp >> 6) & 0x3F); o[2] = 0x80 | (cp & 0x3F);
        return 3;
    }
    o[0] = 0xF0 | (cp >> 18); o[1] = 0x80 | ((cp >> 12) & 0x3F);
    o[2] = 0x80 | ((cp >> 6) & 0x3F); o[3] = 0x80 | (cp & 0x3F);
    return 4;
}

/* Checks strict UTF-8 (no surrogates, no overlongs).  On failure sets
 * *bad to the offset of the first bad byte. */
bool utf8_validate(const char *s, size_t len, size_t *bad);
/* Counts code points of valid UTF-8. */
size_t utf8_count(const char *s, size_t len);

#endif
