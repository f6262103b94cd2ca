/*
 * mod_re.h -- the types of the _re module: compiled code (mod_re.c) and
 * match objects (re_match.c).
 */
#ifndef ASTER_MOD_RE_H
#define ASTER_MOD_RE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "object.h"

typedef struct {
    Obj base;
    pcre2_code *code;
    pcre2_match_data *md;       /* reused: no script code runs mid-match */
    bool is_str;
    Value groupindex;           /* dict: group name -> number */
    Value parents;              /* tuple: parents[g] is the group around g, or 0 */
} ReCodeObj;

/* re.Match.  For each group g (0 the whole match), span[4g .. 4g+3] are
 * its start and end as indexes into `string`, then as byte offsets; all
 * -1 when the group did not take part. */
typedef struct {
    Obj base;
    Value pattern;              /* the re.Pattern */
    Value string;
    ReCodeObj *code;
    int64_t pos, endpos;        /* as given; clamped when read */
    uint32_t ngroups;           /* groups + 1 */
    int64_t span[];
} ReMatchObj;

extern TypeObj ReCodeType, ReMatchType;

/* A match of a Match-less size: the caller fills span[]. May collect. */
ReMatchObj *rematch_alloc(Thread *t, uint32_t ngroups);
/* Sets the type's name for messages ("re.Match"); at module start-up. */
int rematch_init_type(Thread *t);
/* The text of group g of m (`dflt` if it did not take part). */
Value rematch_group_text(Thread *t, ReMatchObj *m, uint32_t g, Value dflt);

/* For the interpreter's list of static types. */
#define RE_TYPES &ReCodeType, &ReMatchType,

#endif
