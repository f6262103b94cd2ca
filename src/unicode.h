/*
 * unicode.h -- the Unicode character database: the character classes
 * that str methods test and the full case mappings.
 *
 * The tables are generated at build time by tools/gen_unicode.py from the
 * build machine's Python (unicodedata and str methods), into
 * unicode_db.c.  Each code point has a UniRecord: class flags plus four
 * case mappings.  A mapping to a single code point is stored as a delta;
 * a one-to-many mapping ('ß'.upper() == "SS") sets the matching UNI_EXT_*
 * flag and stores the offset of (count, cp...) in the special table.
 * Nothing here allocates or fails.
 */
#ifndef ASTER_UNICODE_H
#define ASTER_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

/* Flag bits, as gen_unicode.py writes them. */
#define UNI_ALPHA          (1u << 0)    /* str.isalpha: categories L* */
#define UNI_DECIMAL        (1u << 1)    /* str.isdecimal: category Nd */
#define UNI_DIGIT          (1u << 2)    /* str.isdigit */
#define UNI_NUMERIC        (1u << 3)    /* str.isnumeric */
#define UNI_SPACE          (1u << 4)    /* str.isspace */
#define UNI_PRINTABLE      (1u << 5)    /* str.isprintable, repr() */
#define UNI_UPPER          (1u << 6)    /* Uppercase property */
#define UNI_LOWER          (1u << 7)    /* Lowercase property */
#define UNI_TITLE          (1u << 8)    /* category Lt */
#define UNI_CASED          (1u << 9)
#define UNI_CASE_IGNORABLE (1u << 10)
#define UNI_ID_START       (1u << 11)   /* XID_Start, plus '_' */
#define UNI_ID_CONTINUE    (1u << 12)   /* XID_Continue */
#define UNI_EXT_UPPER      (1u << 13)
#define UNI_EXT_LOWER      (1u << 14)
#define UNI_EXT_TITLE      (1u << 15)
#define UNI_EXT_FOLD       (1u << 16)
#define UNI_DECIMAL_SHIFT  20           /* digit value of a UNI_DECIMAL char */

typedef enum { UNI_MAP_UPPER, UNI_MAP_LOWER, UNI_MAP_TITLE, UNI_MAP_FOLD } UniMapping;

typedef struct {
    uint32_t flags;
    int32_t map[4];             /* indexed by UniMapping: delta or special offset */
} UniRecord;

/* The generated tables (unicode_db.c).  uni_record never fails: code
 * points past U+10FFFF get the record of an unassigned one. */
const UniRecord *uni_record(uint32_t cp);
const uint32_t *uni_special(uint32_t offset);
extern const char uni_version[];    /* e.g. "15.0.0" */

static inline bool uni_has(uint32_t cp, uint32_t flag) { return (uni_record(cp)->flags & flag) != 0; }
static inline bool uni_is_alpha(uint32_t cp) { return uni_has(cp, UNI_ALPHA); }
static inline bool uni_is_decimal(uint32_t cp) { return uni_has(cp, UNI_DECIMAL); }
static inline bool uni_is_digit(uint32_t cp) { return uni_has(cp, UNI_DIGIT); }
static inline bool uni_is_numeric(uint32_t cp) { return uni_has(cp, UNI_NUMERIC); }
static inline bool uni_is_printable(uint32_t cp) { return uni_has(cp, UNI_PRINTABLE); }
static inline bool uni_is_upper(uint32_t cp) { return uni_has(cp, UNI_UPPER); }
static inline bool uni_is_lower(uint32_t cp) { return uni_has(cp, UNI_LOWER); }
static inline bool uni_is_title(uint32_t cp) { return uni_has(cp, UNI_TITLE); }
static inline bool uni_is_cased(uint32_t cp) { return uni_has(cp, UNI_CASED); }
static inline bool uni_is_case_ignorable(uint32_t cp) { return uni_has(cp, UNI_CASE_IGNORABLE); }
static inline bool uni_is_id_start(uint32_t cp) { return uni_has(cp, UNI_ID_START); }
static inline bool uni_is_id_continue(uint32_t cp) { return uni_has(cp, UNI_ID_CONTINUE); }

/* str.isspace for one code point; ASCII answered without a lookup. */
static inline bool uni_is_space(uint32_t cp)
{
    if (cp < 128) return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1C && cp <= 0x1F);
    return uni_has(cp, UNI_SPACE);
}

/* str.isalnum: alpha, decimal, digit or numeric. */
bool uni_is_alnum(uint32_t cp);
/* Value 0..9 of a decimal digit (any script), or -1. */
int uni_decimal_value(uint32_t cp);
/* Line boundaries of str.splitlines: \n \r \v \f \x1c-\x1e \x85 U+2028 U+2029. */
bool uni_is_linebreak(uint32_t cp);

/* Full case mappings: write 1 to 3 code points to out, return the count. */
int uni_to_upper(uint32_t cp, uint32_t out[3]);
int uni_to_lower(uint32_t cp, uint32_t out[3]);
int uni_to_title(uint32_t cp, uint32_t out[3]);
int uni_casefold(uint32_t cp, uint32_t out[3]);
/* Any of the four by UniMapping. */
int uni_map(uint32_t cp, UniMapping which, uint32_t out[3]);

#endif
