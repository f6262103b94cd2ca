/*
 * fsname.c -- file names between str and the bytes the system uses.
 */
#include <string.h>

#include "fsname.h"
#include "exc.h"
#include "obj_bytes.h"
#include "obj_str.h"
#include "strbuf.h"
#include "utf8.h"

Value fsname_decode(Thread *t, const char *s, size_t len)
{
    size_t bad;
    if (utf8_validate(s, len, &bad)) return str_new(t, s, len);
    StrBuf b;
    strbuf_init(&b);
    size_t done = 0;
    do {
        strbuf_append(&b, s + done, bad);
        strbuf_put_codepoint(&b, 0xDC00 + (unsigned char)s[done + bad]);
        done += bad + 1;
    } while (!utf8_validate(s + done, len - done, &bad));
    strbuf_append(&b, s + done, len - done);
    return strbuf_finish(t, &b);
}

Value fsname_encode(Thread *t, Value str, const char **out)
{
    const char *s = STR(str)->data;
    size_t len = STR(str)->len;
    *out = s;
    /* Surrogates are the only UTF-8 sequences starting ED A0..ED BF. */
    const char *p = memchr(s, 0xED, len);
    while (p && (size_t)(p - s) + 1 < len && (unsigned char)p[1] < 0xA0)
        p = memchr(p + 1, 0xED, len - (size_t)(p + 1 - s));
    if (!p) return str;
    StrBuf b;
    strbuf_init(&b);
    for (const char *q = s; q < s + len;) {
        const char *start = q;
        uint32_t cp = utf8_next(&q);
        if (cp < 0xD800 || cp > 0xDFFF) {
            strbuf_append(&b, start, (size_t)(q - start));
        } else if (cp >= 0xDC80 && cp <= 0xDCFF) {
            strbuf_putc(&b, (char)(cp - 0xDC00));
        } else {
            strbuf_free(&b);
            return exc_raise(t, &UnicodeEncodeErrorType,
                             "'utf-8' codec can't encode character '\\u%04x' in position %zu: "
                             "surrogates not allowed", cp, utf8_count(s, (size_t)(start - s)));
        }
    }
    Value r = strbuf_finish_bytes(t, &b);
    if (r != VAL_ERROR) *out = (const char *)BYTES(r)->data;
    return r;
}
