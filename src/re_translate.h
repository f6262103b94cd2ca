/*
 * re_translate.h -- turns a pattern in Python's syntax into PCRE2's,
 * checking it as CPython's parser does (re_translate.c).
 */
#ifndef ASTER_RE_TRANSLATE_H
#define ASTER_RE_TRANSLATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "strbuf.h"

/* Python's flag values (re.I ...). */
enum {
    RE_IGNORECASE = 2, RE_LOCALE = 4, RE_MULTILINE = 8, RE_DOTALL = 16,
    RE_UNICODE = 32, RE_VERBOSE = 64, RE_ASCII = 256
};

typedef struct {
    size_t name, len;           /* the name's bytes in the source */
    int index;
} ReGroupName;

typedef struct {
    size_t pos;                 /* of the '(' */
    int group;                  /* capture group number, or 0 */
    int outer;                  /* the capture group around it, or 0 */
    bool verbose;               /* verbose mode outside this group */
    bool ignorecase;            /* IGNORECASE outside this group */
    bool conditional;           /* (?(1)yes|no): at most one '|' */
    bool has_bar;
    bool lookbehind;            /* emitted as (?<=(?:...)) */
    bool outermost_lookbehind;
} ReParen;

typedef struct {
    int group;
    size_t pos;
} ReGroupRef;

typedef enum { RE_LAST_NONE, RE_LAST_ATOM, RE_LAST_REPEAT, RE_LAST_MODIFIED } ReLastItem;

typedef struct {
    const char *src;
    size_t len, i;
    bool is_str, verbose, ignorecase;
    int flags;                  /* Python flags, inline globals added */
    StrBuf out;
    size_t *srcmap;             /* source offset of each output byte */
    size_t mapcap;
    size_t tok;                 /* source offset of the item being emitted */
    int ngroups;
    ReGroupName *names;
    int nnames, namecap;
    ReParen *parens;
    int nparens, parencap;
    bool *open;                 /* open[g]: group g not closed yet */
    int *parent;                /* parent[g]: the capture group around g, or 0 */
    int opencap;
    int current;                /* the innermost open capture group, or 0 */
    ReLastItem last;
    int lookbehind_groups;      /* groups before the look-behind we are in, or -1 */
    ReGroupRef *refs;             /* conditions on group numbers, checked at the end */
    int nrefs, refcap;
    char msg[160];              /* error, if msg[0] */
    size_t errpos;              /* byte offset in src */
} ReTranslation;

/* Translates tr->src (tr->len bytes, UTF-8 when is_str) under tr->flags
 * into tr->out; the caller sets those four fields, zeroes the others and
 * strbuf_inits out.
 * Returns false with tr->msg and tr->errpos (a byte offset) set when the
 * pattern is wrong.  Afterwards tr->flags has the inline global flags
 * added, ngroups counts the groups, names lists the named ones and
 * parent[g] is the group around group g (0: none).  re_translate_free
 * frees what it allocated, whatever the outcome. */
bool re_translate(ReTranslation *tr);
/* Whether the translation of a pattern with these (final) flags does
 * its own case folding, so PCRE2 must not get PCRE2_CASELESS. */
bool re_ascii_case(int flags, bool is_str);
void re_translate_free(ReTranslation *tr);

#endif
