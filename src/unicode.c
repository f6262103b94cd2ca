/*
 * unicode.c -- queries over the generated Unicode tables (unicode.h).
 */
#include "unicode.h"

bool uni_is_alnum(uint32_t cp)
{
    return uni_has(cp, UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC);
}

int uni_decimal_value(uint32_t cp)
{
    if (cp < 128) return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    uint32_t f = uni_record(cp)->flags;
    return f & UNI_DECIMAL ? (int)((f >> UNI_DECIMAL_SHIFT) & 0xF) : -1;
}

bool uni_is_linebreak(uint32_t cp)
{
    return (cp >= '\n' && cp <= '\r') || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85
        || cp == 0x2028 || cp == 0x2029;
}

int uni_map(uint32_t cp, UniMapping which, uint32_t out[3])
{
    const UniRecord *r = uni_record(cp);
    if (r->flags & (UNI_EXT_UPPER << which)) {
        const uint32_t *sp = uni_special((uint32_t)r->map[which]);
        for (uint32_t i = 0; i < sp[0]; i++) out[i] = sp[1 + i];
        return (int)sp[0];
    }
    out[0] = (uint32_t)((int32_t)cp + r->map[which]);
    return 1;
}

int uni_to_upper(uint32_t cp, uint32_t out[3])
{
    if (cp < 128) {
        out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        return 1;
    }
    return uni_map(cp, UNI_MAP_UPPER, out);
}

int uni_to_lower(uint32_t cp, uint32_t out[3])
{
    if (cp < 128) {
        out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        return 1;
    }
    return uni_map(cp, UNI_MAP_LOWER, out);
}

int uni_to_title(uint32_t cp, uint32_t out[3])
{
    return cp < 128 ? uni_to_upper(cp, out) : uni_map(cp, UNI_MAP_TITLE, out);
}

int uni_casefold(uint32_t cp, uint32_t out[3])
{
    return cp < 128 ? uni_to_lower(cp, out) : uni_map(cp, UNI_MAP_FOLD, out);
}
