/*
 * mod_re.c -- the _re module: the engine half of `re` (stdlib/re.as holds
 * Pattern, the flags, templates and the module functions).  Matching is
 * PCRE2's.
 *
 * compile() translates Python's pattern syntax into PCRE2's as it checks
 * it (re_translate.c), so that errors come out with CPython's messages
 * and positions.  str patterns run in UTF mode (plus UCP, Unicode \d \w
 * \s \b, unless ASCII); bytes patterns byte by byte.  The functions that
 * run a pattern over a whole subject (findall, finditer, split, sub) loop
 * in C.
 *
 * PCRE2 reports byte offsets into the UTF-8 text; the results here are
 * code point indexes, converted with a cursor that walks forward from the
 * last conversion, so a scan over the whole subject stays linear.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "mod_re.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "re_translate.h"
#include "strbuf.h"
#include "utf8.h"

#define FN(name) static Value name(Thread *t, Value *args, int nargs, TupleObj *kwnames)

static void recode_finalize(GC *gc, Obj *o)
{
    (void)gc;
    ReCodeObj *c = (ReCodeObj *)o;
    if (c->md) pcre2_match_data_free(c->md);
    if (c->code) pcre2_code_free(c->code);
    c->md = NULL;
    c->code = NULL;
}

static void recode_trace(GC *gc, Obj *o)
{
    ReCodeObj *c = (ReCodeObj *)o;
    gc_mark_value(gc, c->groupindex);
    gc_mark_value(gc, c->parents);
}

TypeObj ReCodeType = {
    .base = { .type = &TypeType },
    .name = "_re.code",
    .base_type = &ObjectType,
    .flags = TYPE_ABSTRACT_NEW,
    .instance_size = sizeof(ReCodeObj),
    .trace = recode_trace,
    .finalize = recode_finalize,
};

#define NO_POS SIZE_MAX

/* Raises errcls(msg, pattern, pos) with pos a byte offset in the pattern,
 * or errcls(msg) for NO_POS. */
static Value raise_re_error(Thread *t, Value errcls, Value pattern, const char *msg, size_t pos)
{
    if (str_check(pattern) && pos != NO_POS) pos = utf8_count(str_cstr(pattern), pos);
    Value a[3] = { VAL_UNBOUND, pattern, VAL_UNBOUND };
    a[0] = str_from_cstr(t, msg);
    if (a[0] == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, a[0]);
    a[2] = pos == NO_POS ? VAL_NONE : int_from_i64(t, (int64_t)pos);
    Value e = a[2] == VAL_ERROR ? VAL_ERROR : op_call(t, errcls, a, pos == NO_POS ? 1 : 3, NULL);
    gc_pop_roots(t, 1);
    if (e == VAL_ERROR) return e;
    return exc_raise_obj(t, e);
}

/* compile(pattern, flags, error) -> (code, flags, groups, groupindex,
 * parents): parents[g] is the capture group enclosing group g (0: none),
 * which Match.lastindex needs.  Errors are raised as error(msg, pattern,
 * pos). */
FN(re_compile)
{
    Value a[3];
    if (arg_parse(t, "compile", args, nargs, kwnames, "pattern,flags,error", a) < 0) return VAL_ERROR;
    Value pattern = a[0];
    int64_t flags;
    if (arg_ssize(t, a[1], &flags) < 0) return VAL_ERROR;
    ReTranslation tr = { 0 };
    if (str_check(pattern)) {
        tr.src = str_cstr(pattern);
        tr.len = STR(pattern)->len;
        tr.is_str = true;
    } else if (bytes_check(pattern)) {
        tr.src = (const char *)BYTES(pattern)->data;
        tr.len = BYTES(pattern)->len;
    } else {
        return exc_raise(t, &TypeErrorType, "first argument must be string or compiled pattern");
    }
    tr.flags = (int)flags;
    strbuf_init(&tr.out);
    if (!re_translate(&tr)) {
        Value r = raise_re_error(t, a[2], pattern, tr.msg, tr.errpos);
        re_translate_free(&tr);
        return r;
    }
    if (tr.out.failed) { re_translate_free(&tr); return exc_no_memory(t); }
    int pyflags = tr.flags;
    if ((pyflags & RE_ASCII) && (pyflags & (RE_UNICODE | RE_LOCALE))) {
        re_translate_free(&tr);
        return exc_raise(t, &ValueErrorType, "ASCII and %s flags are incompatible",
                         pyflags & RE_UNICODE ? "UNICODE" : "LOCALE");
    }
    if (tr.is_str && !(pyflags & RE_ASCII)) pyflags |= RE_UNICODE;
    uint32_t options = 0;
    if (tr.is_str) options |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
    if (pyflags & RE_UNICODE) options |= PCRE2_UCP;
    if ((pyflags & RE_IGNORECASE) && !re_ascii_case(pyflags, tr.is_str)) options |= PCRE2_CASELESS;
    if (pyflags & RE_MULTILINE) options |= PCRE2_MULTILINE;
    if (pyflags & RE_DOTALL) options |= PCRE2_DOTALL;
    pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
    if (cc) pcre2_set_newline(cc, PCRE2_NEWLINE_LF);
    int errcode;
    PCRE2_SIZE erroff;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)(tr.out.data ? tr.out.data : ""), tr.out.len,
                                     options, &errcode, &erroff, cc);
    if (cc) pcre2_compile_context_free(cc);
    if (!code) {
        char msg[160];
        pcre2_get_error_message(errcode, (PCRE2_UCHAR *)msg, sizeof msg);
        size_t pos = erroff < tr.out.len ? tr.srcmap[erroff] : tr.len;
        if (errcode == PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH) {
            snprintf(msg, sizeof msg, "look-behind requires fixed-width pattern");
            pos = NO_POS;
        }
        Value r = raise_re_error(t, a[2], pattern, msg, pos);
        re_translate_free(&tr);
        return r;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);   /* interpreted if JIT is unavailable */
    ReCodeObj *rc = gc_alloc(t, &ReCodeType, sizeof(ReCodeObj));
    if (!rc) { pcre2_code_free(code); re_translate_free(&tr); return VAL_ERROR; }
    rc->code = code;
    rc->is_str = tr.is_str;
    rc->groupindex = rc->parents = VAL_NONE;
    rc->md = pcre2_match_data_create_from_pattern(code, NULL);
    if (!rc->md) { re_translate_free(&tr); return exc_no_memory(t); }
    Value result = VAL_ERROR;
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, val_from_obj(rc));
    Value gi = dict_new(t);
    if (gi == VAL_ERROR) goto done;
    gc_push_root(t, gi);
    for (int k = 0; k < tr.nnames; k++) {
        Value name = str_new(t, tr.src + tr.names[k].name, tr.names[k].len);
        if (name == VAL_ERROR) goto done;
        gc_push_root(t, name);
        int r = dict_set(t, DICT(gi), name, val_from_small(tr.names[k].index));
        gc_pop_roots(t, 1);
        if (r < 0) goto done;
    }
    Value parents = tuple_new(t, (size_t)tr.ngroups + 1);
    if (parents == VAL_ERROR) goto done;
    TUPLE(parents)->items[0] = val_from_small(0);
    for (int g = 1; g <= tr.ngroups; g++) TUPLE(parents)->items[g] = val_from_small(tr.parent[g]);
    rc->groupindex = gi;
    rc->parents = parents;
    result = tuple_pack(t, 5, val_from_obj(rc), val_from_small(pyflags),
                        val_from_small(tr.ngroups), gi, parents);
done:
    gc_root_reset(t, mark);
    re_translate_free(&tr);
    return result;
}

/* ---- matching ---- */

/* The subject's bytes, and a cursor converting byte offsets to indexes. */
typedef struct {
    const char *data;
    size_t len;
    bool ascii;                 /* byte offsets are indexes */
    size_t byte, index;         /* cursor */
} Subject;

static bool subject_of(Thread *t, ReCodeObj *rc, Value s, Subject *sub)
{
    if (!str_check(s) && !bytes_check(s)) {
        exc_raise(t, &TypeErrorType, "expected string or bytes-like object, got '%T'", s);
        return false;
    }
    if (rc->is_str) {
        if (!str_check(s)) {
            exc_raise(t, &TypeErrorType, "cannot use a string pattern on a bytes-like object");
            return false;
        }
        *sub = (Subject){ str_cstr(s), STR(s)->len, STR(s)->len == STR(s)->nchars, 0, 0 };
    } else {
        if (!bytes_check(s)) {
            exc_raise(t, &TypeErrorType, "cannot use a bytes pattern on a string-like object");
            return false;
        }
        *sub = (Subject){ (const char *)BYTES(s)->data, BYTES(s)->len, true, 0, 0 };
    }
    return true;
}

static size_t count_chars(const char *p, size_t n)
{
    size_t c = 0;
    for (size_t k = 0; k < n; k++) c += ((unsigned char)p[k] & 0xC0) != 0x80;
    return c;
}

static size_t to_index(Subject *s, size_t off)
{
    if (s->ascii) return off;
    if (off >= s->byte) s->index += count_chars(s->data + s->byte, off - s->byte);
    else s->index -= count_chars(s->data + off, s->byte - off);
    s->byte = off;
    return s->index;
}

/* Byte offset of index i (clamped to the subject). */
static size_t to_offset(Subject *s, size_t i)
{
    if (s->ascii) return i < s->len ? i : s->len;
    const char *p = s->data, *end = s->data + s->len;
    while (i > 0 && p < end) {
        p += utf8_seq_len((unsigned char)*p);
        i--;
    }
    if (p > end) p = end;
    s->byte = (size_t)(p - s->data);
    s->index = utf8_count(s->data, s->byte);
    return s->byte;
}

static Value subject_slice(Thread *t, ReCodeObj *rc, Subject *s, size_t from, size_t to)
{
    return rc->is_str ? str_new(t, s->data + from, to - from) : bytes_new(t, s->data + from, to - from);
}

static Value match_error(Thread *t, int rc)
{
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
        return exc_raise(t, &RecursionErrorType, "maximum recursion limit exceeded");
    if (rc == PCRE2_ERROR_NOMEMORY) return exc_no_memory(t);
    char msg[160];
    pcre2_get_error_message(rc, (PCRE2_UCHAR *)msg, sizeof msg);
    return exc_raise(t, &RuntimeErrorType, "internal error in regular expression engine: %s", msg);
}

/* Successive matches over a subject, with Python's rule for empty
 * matches: after one, the next match may not be empty at the same place,
 * though it may start there. */
typedef struct {
    Value pattern;              /* the re.Pattern, for the matches made */
    Value string;
    ReCodeObj *rc;
    Subject sub;
    int64_t pos, endpos;        /* as given */
    size_t start, end;          /* where to look next, and the subject's end */
    size_t last;                /* end of the previous match */
    uint32_t opts;
} Scan;

/* Reads (pattern, code, string, pos, endpos) from args; pattern may be
 * VAL_NONE when no Match is to be made. */
static bool scan_init(Thread *t, const char *fname, Value *args, Scan *sc)
{
    if (!val_is_type(args[1], &ReCodeType)) {
        exc_raise(t, &TypeErrorType, "%s() needs a compiled code", fname);
        return false;
    }
    sc->pattern = args[0];
    sc->string = args[2];
    sc->rc = (ReCodeObj *)val_as_obj(args[1]);
    if (!subject_of(t, sc->rc, args[2], &sc->sub)) return false;
    if (arg_ssize(t, args[3], &sc->pos) < 0 || arg_ssize(t, args[4], &sc->endpos) < 0) return false;
    int64_t pos = sc->pos < 0 ? 0 : sc->pos, endpos = sc->endpos < 0 ? 0 : sc->endpos;
    sc->end = to_offset(&sc->sub, (size_t)endpos);
    sc->start = pos > endpos ? sc->end + 1 : to_offset(&sc->sub, (size_t)pos);
    sc->last = sc->start;
    sc->opts = 0;
    return true;
}

/* 1 with rc->md holding the next match, 0 when there is none, -1 on
 * error.  extra: PCRE2_ANCHORED and the like. */
static int scan_next(Thread *t, Scan *sc, uint32_t extra)
{
    if (sc->start > sc->end) return 0;
    int r = pcre2_match(sc->rc->code, (PCRE2_SPTR)sc->sub.data, sc->end, sc->start, sc->opts | extra,
                        sc->rc->md, NULL);
    if (r == PCRE2_ERROR_NOMATCH) return 0;
    if (r < 0) { match_error(t, r); return -1; }
    return 1;
}

/* Moves past a match from byte `from` to byte `to`. */
static void scan_skip(Scan *sc, size_t from, size_t to)
{
    sc->opts = from == to ? PCRE2_NOTEMPTY_ATSTART : 0;
    sc->start = sc->last = to;
}

/* Moves past the match scan_next found. */
static void scan_advance(Scan *sc)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->rc->md);
    scan_skip(sc, ov[0], ov[1]);
}

/* A Match for the match scan_next found. */
static Value new_match(Thread *t, Scan *sc)
{
    uint32_t n = pcre2_get_ovector_count(sc->rc->md);
    ReMatchObj *m = rematch_alloc(t, n);
    if (!m) return VAL_ERROR;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->rc->md);
    for (uint32_t g = 0; g < n; g++) {
        int64_t *s = m->span + 4 * g;
        if (ov[2 * g] == PCRE2_UNSET) {
            s[0] = s[1] = s[2] = s[3] = -1;
            continue;
        }
        s[0] = (int64_t)to_index(&sc->sub, ov[2 * g]);
        s[1] = (int64_t)to_index(&sc->sub, ov[2 * g + 1]);
        s[2] = (int64_t)ov[2 * g];
        s[3] = (int64_t)ov[2 * g + 1];
    }
    m->pattern = sc->pattern;
    m->string = sc->string;
    m->code = sc->rc;
    m->pos = sc->pos;
    m->endpos = sc->endpos;
    return val_from_obj(m);
}

/* search(pattern, code, string, pos, endpos, mode): mode 0 search, 1
 * match, 2 fullmatch.  A Match or None. */
FN(re_search)
{
    (void)kwnames;
    Scan sc;
    if (arg_count(t, "search", nargs, 6, 6) < 0 || !scan_init(t, "search", args, &sc)) return VAL_ERROR;
    int64_t mode = val_is_int(args[5]) ? val_as_int(args[5]) : 0;
    uint32_t opts = mode == 1 ? PCRE2_ANCHORED : mode == 2 ? PCRE2_ANCHORED | PCRE2_ENDANCHORED : 0;
    int r = scan_next(t, &sc, opts);
    return r < 0 ? VAL_ERROR : r == 0 ? VAL_NONE : new_match(t, &sc);
}

/* finditer(pattern, code, string, pos, endpos): the list of the Matches. */
FN(re_finditer)
{
    (void)kwnames;
    Scan sc;
    if (arg_count(t, "finditer", nargs, 5, 5) < 0 || !scan_init(t, "finditer", args, &sc)) return VAL_ERROR;
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    int r;
    while ((r = scan_next(t, &sc, 0)) > 0) {
        Value m = new_match(t, &sc);
        if (m == VAL_ERROR || list_append(t, list, m) < 0) { r = -1; break; }
        scan_advance(&sc);
    }
    gc_pop_roots(t, 1);
    return r < 0 ? VAL_ERROR : list;
}

/* The text of group g of the current match, `empty` if it did not take
 * part. */
static Value group_text(Thread *t, Scan *sc, uint32_t g, Value empty)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->rc->md);
    if (ov[2 * g] == PCRE2_UNSET) return empty;
    return subject_slice(t, sc->rc, &sc->sub, ov[2 * g], ov[2 * g + 1]);
}

/* findall(code, string, pos, endpos): Pattern.findall's list. */
FN(re_findall)
{
    (void)kwnames;
    Scan sc;
    if (arg_count(t, "findall", nargs, 4, 4) < 0) return VAL_ERROR;
    Value a[5] = { VAL_NONE, args[0], args[1], args[2], args[3] };
    if (!scan_init(t, "findall", a, &sc)) return VAL_ERROR;
    uint32_t mark = gc_root_mark(t);
    Value result = VAL_ERROR;
    Value empty = subject_slice(t, sc.rc, &sc.sub, 0, 0);
    if (empty == VAL_ERROR) return empty;
    gc_push_root(t, empty);
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) goto done;
    gc_push_root(t, list);
    uint32_t ngroups = pcre2_get_ovector_count(sc.rc->md) - 1;
    int r;
    while ((r = scan_next(t, &sc, 0)) > 0) {
        Value item;
        if (ngroups <= 1) {
            item = group_text(t, &sc, ngroups, empty);
        } else {
            item = tuple_new(t, ngroups);
            if (item != VAL_ERROR) {
                gc_push_root(t, item);
                for (uint32_t g = 1; g <= ngroups && item != VAL_ERROR; g++) {
                    Value text = group_text(t, &sc, g, empty);
                    if (text == VAL_ERROR) item = VAL_ERROR;
                    else TUPLE(item)->items[g - 1] = text;
                }
                gc_pop_roots(t, 1);
            }
        }
        if (item == VAL_ERROR || list_append(t, list, item) < 0) goto done;
        scan_advance(&sc);
    }
    if (r == 0) result = list;
done:
    gc_root_reset(t, mark);
    return result;
}

/* Appends a replacement to b, checking its type as str.join would;
 * `item` counts the pieces so far, for the message. */
static bool put_piece(Thread *t, Scan *sc, StrBuf *b, Value piece, int64_t item)
{
    if (sc->rc->is_str && str_check(piece)) {
        strbuf_append(b, str_cstr(piece), STR(piece)->len);
        return true;
    }
    if (!sc->rc->is_str && bytes_check(piece)) {
        strbuf_append(b, (const char *)BYTES(piece)->data, BYTES(piece)->len);
        return true;
    }
    const char *want = sc->rc->is_str ? "str instance" : "a bytes-like object";
    exc_raise(t, &TypeErrorType, "sequence item %lld: expected %s, %T found", (long long)item, want, piece);
    return false;
}

/* sub(pattern, code, string, repl, count) -> (new string, number of
 * replacements).  repl is a function of the Match, or a template: a
 * list of texts and group numbers. */
FN(re_sub)
{
    (void)kwnames;
    if (arg_count(t, "sub", nargs, 5, 5) < 0) return VAL_ERROR;
    Value a[5] = { args[0], args[1], args[2], val_from_small(0), val_from_small(INT64_MAX >> 17) };
    Scan sc;
    if (!scan_init(t, "sub", a, &sc)) return VAL_ERROR;
    Value repl = args[3];
    bool is_template = list_check(repl);
    int64_t count;
    if (arg_ssize(t, args[4], &count) < 0) return VAL_ERROR;
    if (count < 0) return tuple_pack(t, 2, args[2], val_from_small(0));
    if (is_template) {
        ListObj *tmpl = LIST(repl);
        for (size_t k = 0; k < tmpl->len; k++) {
            Value p = tmpl->items[k];
            if (val_is_int(p) && (val_as_int(p) < 0
                                  || (uint64_t)val_as_int(p) >= pcre2_get_ovector_count(sc.rc->md)))
                return exc_raise(t, &ValueErrorType, "sub() got a bad template");
        }
    }
    StrBuf b;
    strbuf_init(&b);
    int64_t n = 0, items = 0;
    int r = 0;
    while ((count <= 0 || n < count) && (r = scan_next(t, &sc, 0)) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc.rc->md);
        if (ov[0] > sc.last) {
            strbuf_append(&b, sc.sub.data + sc.last, ov[0] - sc.last);
            items++;
        }
        if (is_template) {
            ListObj *tmpl = LIST(repl);
            for (size_t k = 0; k < tmpl->len; k++) {
                Value p = tmpl->items[k];
                if (!val_is_int(p)) {
                    if (!put_piece(t, &sc, &b, p, items)) { r = -1; break; }
                    continue;
                }
                int64_t g = val_as_int(p);
                if (ov[2 * g] != PCRE2_UNSET)
                    strbuf_append(&b, sc.sub.data + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
            }
            if (r < 0) break;
            items++;
            scan_advance(&sc);
        } else {
            /* repl may run this code again, which reuses its match data. */
            size_t from = ov[0], to = ov[1];
            Value m = new_match(t, &sc);
            if (m == VAL_ERROR) { r = -1; break; }
            gc_push_root(t, m);
            Value text = op_call1(t, repl, m);
            gc_pop_roots(t, 1);
            if (text == VAL_ERROR) { r = -1; break; }
            if (text != VAL_NONE) {
                if (!put_piece(t, &sc, &b, text, items)) { r = -1; break; }
                items++;
            }
            scan_skip(&sc, from, to);
        }
        n++;
    }
    if (r < 0) { strbuf_free(&b); return VAL_ERROR; }
    if (n == 0) {
        strbuf_free(&b);
        return tuple_pack(t, 2, args[2], val_from_small(0));
    }
    strbuf_append(&b, sc.sub.data + sc.last, sc.end - sc.last);
    if (b.failed) { strbuf_free(&b); return exc_no_memory(t); }
    Value text = sc.rc->is_str ? strbuf_finish(t, &b) : strbuf_finish_bytes(t, &b);
    if (text == VAL_ERROR) return text;
    gc_push_root(t, text);
    Value result = tuple_pack(t, 2, text, val_from_small(n));
    gc_pop_roots(t, 1);
    return result;
}

/* split(code, string, maxsplit): Pattern.split's list. */
FN(re_split)
{
    (void)kwnames;
    if (arg_count(t, "split", nargs, 3, 3) < 0) return VAL_ERROR;
    Value a[5] = { VAL_NONE, args[0], args[1], val_from_small(0), val_from_small(INT64_MAX >> 17) };
    Scan sc;
    if (!scan_init(t, "split", a, &sc)) return VAL_ERROR;
    int64_t maxsplit;
    if (arg_ssize(t, args[2], &maxsplit) < 0) return VAL_ERROR;
    if (maxsplit < 0) return list_from_array(t, &args[1], 1);
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    uint32_t ngroups = pcre2_get_ovector_count(sc.rc->md) - 1;
    int64_t n = 0;
    int r = 0;
    while ((maxsplit <= 0 || n < maxsplit) && (r = scan_next(t, &sc, 0)) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc.rc->md);
        Value piece = subject_slice(t, sc.rc, &sc.sub, sc.last, ov[0]);
        if (piece == VAL_ERROR || list_append(t, list, piece) < 0) { r = -1; break; }
        for (uint32_t g = 1; g <= ngroups; g++) {
            piece = group_text(t, &sc, g, VAL_NONE);
            if (piece == VAL_ERROR || list_append(t, list, piece) < 0) { r = -1; break; }
        }
        if (r < 0) break;
        scan_advance(&sc);
        n++;
    }
    if (r >= 0) {
        Value tail = subject_slice(t, sc.rc, &sc.sub, sc.last, sc.end);
        if (tail == VAL_ERROR || list_append(t, list, tail) < 0) r = -1;
    }
    gc_pop_roots(t, 1);
    return r < 0 ? VAL_ERROR : list;
}

static const MethodDef re_functions[] = {
    { "compile", re_compile, 0 },
    { "search", re_search, 0 },
    { "finditer", re_finditer, 0 },
    { "findall", re_findall, 0 },
    { "sub", re_sub, 0 },
    { "split", re_split, 0 },
    { NULL, NULL, 0 },
};

Value mod_re_init(Thread *t)
{
    static TypeObj *const types[] = { RE_TYPES NULL };
    if (module_init_types(t, types) < 0) return VAL_ERROR;
    if (rematch_init_type(t) < 0) return VAL_ERROR;
    Value m = module_new(t, "_re");
    if (m == VAL_ERROR) return m;
    gc_push_root(t, m);
    int ok = module_add_functions(t, m, re_functions) == 0
             && module_add(t, m, "Match", val_from_obj(&ReMatchType)) == 0;
    gc_pop_roots(t, 1);
    return ok ? m : VAL_ERROR;
}
