/*
 * re_match.c -- re.Match, the result of a successful match (mod_re.c
 * makes them).  A match keeps each group's span both as indexes and as
 * byte offsets, so taking a group's text costs its length, not the
 * subject's, even in non-ASCII text.
 */
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "mod_re.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "strbuf.h"

#define MATCH(v) ((ReMatchObj *)val_as_obj(v))

ReMatchObj *rematch_alloc(Thread *t, uint32_t ngroups)
{
    ReMatchObj *m = gc_alloc(t, &ReMatchType, sizeof(ReMatchObj) + 4 * (size_t)ngroups * sizeof(int64_t));
    if (!m) return NULL;
    m->pattern = m->string = VAL_NONE;
    m->code = NULL;
    m->ngroups = ngroups;
    return m;
}

static void rematch_trace(GC *gc, Obj *o)
{
    ReMatchObj *m = (ReMatchObj *)o;
    gc_mark_value(gc, m->pattern);
    gc_mark_value(gc, m->string);
    gc_mark_obj(gc, (Obj *)m->code);
}

Value rematch_group_text(Thread *t, ReMatchObj *m, uint32_t g, Value dflt)
{
    const int64_t *s = m->span + 4 * g;
    if (s[0] < 0) return dflt;
    if (str_check(m->string)) return str_new(t, str_cstr(m->string) + s[2], (size_t)(s[3] - s[2]));
    return bytes_new(t, BYTES(m->string)->data + s[2], (size_t)(s[3] - s[2]));
}

/* The group number a group argument names: an int, or a group name;
 * IndexError "no such group" otherwise.  -1 on error. */
static int64_t group_index(Thread *t, ReMatchObj *m, Value g)
{
    int64_t i = -1;
    if (int_check(g) || val_is_bool(g)) {
        if (op_index(t, g, &i) < 0) {
            exc_clear(t);
            i = -1;
        }
    } else {
        Value n = dict_get(t, DICT(m->code->groupindex), g);
        if (n == VAL_ERROR && exc_pending(t)) return -1;
        if (val_is_int(n)) i = val_as_int(n);
    }
    if (i < 0 || i >= (int64_t)m->ngroups) {
        exc_raise(t, &IndexErrorType, "no such group");
        return -1;
    }
    return i;
}

static Value match_group(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "Match.group", kwnames) < 0) return VAL_ERROR;
    ReMatchObj *m = MATCH(args[0]);
    if (nargs == 1) return rematch_group_text(t, m, 0, VAL_NONE);
    if (nargs == 2) {
        int64_t g = group_index(t, m, args[1]);
        return g < 0 ? VAL_ERROR : rematch_group_text(t, m, (uint32_t)g, VAL_NONE);
    }
    Value tup = tuple_new(t, (size_t)nargs - 1);
    if (tup == VAL_ERROR) return tup;
    gc_push_root(t, tup);
    for (int k = 1; k < nargs; k++) {
        int64_t g = group_index(t, m, args[k]);
        Value text = g < 0 ? VAL_ERROR : rematch_group_text(t, m, (uint32_t)g, VAL_NONE);
        if (text == VAL_ERROR) { gc_pop_roots(t, 1); return VAL_ERROR; }
        TUPLE(tup)->items[k - 1] = text;
    }
    gc_pop_roots(t, 1);
    return tup;
}

static Value match_getitem(Thread *t, Value self, Value key)
{
    int64_t g = group_index(t, MATCH(self), key);
    return g < 0 ? VAL_ERROR : rematch_group_text(t, MATCH(self), (uint32_t)g, VAL_NONE);
}

static Value match_groups(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "groups", args, nargs, kwnames, "self|default", a) < 0) return VAL_ERROR;
    Value dflt = a[1] == VAL_UNBOUND ? VAL_NONE : a[1];
    ReMatchObj *m = MATCH(a[0]);
    Value tup = tuple_new(t, m->ngroups - 1);
    if (tup == VAL_ERROR) return tup;
    gc_push_root(t, tup);
    for (uint32_t g = 1; g < m->ngroups; g++) {
        Value text = rematch_group_text(t, m, g, dflt);
        if (text == VAL_ERROR) { gc_pop_roots(t, 1); return VAL_ERROR; }
        TUPLE(tup)->items[g - 1] = text;
    }
    gc_pop_roots(t, 1);
    return tup;
}

static Value match_groupdict(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "groupdict", args, nargs, kwnames, "self|default", a) < 0) return VAL_ERROR;
    Value dflt = a[1] == VAL_UNBOUND ? VAL_NONE : a[1];
    ReMatchObj *m = MATCH(a[0]);
    Value d = dict_new(t);
    if (d == VAL_ERROR) return d;
    gc_push_root(t, d);
    size_t pos = 0;
    Value name, index;
    DictObj *gi = DICT(m->code->groupindex);
    while (dict_next(gi, &pos, &name, &index)) {
        Value text = rematch_group_text(t, m, (uint32_t)val_as_int(index), dflt);
        if (text == VAL_ERROR || dict_set(t, DICT(d), name, text) < 0) {
            gc_pop_roots(t, 1);
            return VAL_ERROR;
        }
    }
    gc_pop_roots(t, 1);
    return d;
}

/* The span slot of the optional group argument of start/end/span. */
static const int64_t *span_arg(Thread *t, const char *fname, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, fname, kwnames) < 0 || arg_count(t, fname, nargs - 1, 0, 1) < 0) return NULL;
    ReMatchObj *m = MATCH(args[0]);
    int64_t g = nargs > 1 ? group_index(t, m, args[1]) : 0;
    return g < 0 ? NULL : m->span + 4 * g;
}

static Value match_start(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    const int64_t *s = span_arg(t, "start", args, nargs, kwnames);
    return s ? int_from_i64(t, s[0]) : VAL_ERROR;
}

static Value match_end(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    const int64_t *s = span_arg(t, "end", args, nargs, kwnames);
    return s ? int_from_i64(t, s[1]) : VAL_ERROR;
}

static Value match_span(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    const int64_t *s = span_arg(t, "span", args, nargs, kwnames);
    return s ? tuple_pack(t, 2, val_from_small(s[0]), val_from_small(s[1])) : VAL_ERROR;
}

/* expand(template): re._expand(match, template), which parses templates. */
static Value match_expand(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "expand", args, nargs, kwnames, "self,template", a) < 0) return VAL_ERROR;
    StrObj *re_name = str_intern(t, "re"), *fn_name = str_intern(t, "_expand");
    if (!re_name || !fn_name) return VAL_ERROR;
    Value re = dict_get_str(t->interp->modules, re_name);
    Value fn = module_check(re) ? dict_get_str(module_dict(re), fn_name) : VAL_UNBOUND;
    if (fn == VAL_UNBOUND) return exc_raise(t, &RuntimeErrorType, "the re module is not loaded");
    return op_call2(t, fn, a[0], a[1]);
}

static Value match_copy(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)t; (void)nargs; (void)kwnames;
    return args[0];
}

static Value match_repr(Thread *t, Value self)
{
    ReMatchObj *m = MATCH(self);
    Value text = rematch_group_text(t, m, 0, VAL_NONE);
    if (text == VAL_ERROR) return text;
    gc_push_root(t, text);
    Value r = op_repr(t, text);
    gc_pop_roots(t, 1);
    if (r == VAL_ERROR) return r;
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "<re.Match object; span=(%lld, %lld), match=", (long long)m->span[0],
                  (long long)m->span[1]);
    strbuf_put_str(&b, r);
    strbuf_putc(&b, '>');
    return strbuf_finish(t, &b);
}

static const MethodDef match_methods[] = {
    { "group", match_group, 0 },
    { "groups", match_groups, 0 },
    { "groupdict", match_groupdict, 0 },
    { "start", match_start, 0 },
    { "end", match_end, 0 },
    { "span", match_span, 0 },
    { "expand", match_expand, 0 },
    { "__copy__", match_copy, 0 },
    { "__deepcopy__", match_copy, 0 },
    { NULL, NULL, 0 },
};

static Value clamp(ReMatchObj *m, int64_t i)
{
    int64_t n = str_check(m->string) ? (int64_t)STR(m->string)->nchars : (int64_t)BYTES(m->string)->len;
    return val_from_small(i < 0 ? 0 : i > n ? n : i);
}

static Value get_string(Thread *t, Value self) { (void)t; return MATCH(self)->string; }
static Value get_re(Thread *t, Value self) { (void)t; return MATCH(self)->pattern; }
static Value get_pos(Thread *t, Value self) { (void)t; return clamp(MATCH(self), MATCH(self)->pos); }
static Value get_endpos(Thread *t, Value self) { (void)t; return clamp(MATCH(self), MATCH(self)->endpos); }

/* The group that closed last: the one ending last, an enclosing group
 * winning over the groups inside it, a later one over an earlier one. */
static int64_t last_index(ReMatchObj *m)
{
    int64_t best = -1, best_end = -1;
    for (uint32_t g = 1; g < m->ngroups; g++) {
        int64_t end = m->span[4 * g + 1];
        if (m->span[4 * g] >= 0 && end >= best_end) {
            best = g;
            best_end = end;
        }
    }
    if (best < 0) return -1;
    TupleObj *parents = TUPLE(m->code->parents);
    for (int64_t outer = val_as_int(parents->items[best]); outer; outer = val_as_int(parents->items[outer]))
        if (m->span[4 * outer + 1] == best_end) best = outer;
    return best;
}

static Value get_lastindex(Thread *t, Value self)
{
    (void)t;
    int64_t i = last_index(MATCH(self));
    return i < 0 ? VAL_NONE : val_from_small(i);
}

static Value get_lastgroup(Thread *t, Value self)
{
    (void)t;
    ReMatchObj *m = MATCH(self);
    int64_t i = last_index(m);
    size_t pos = 0;
    Value name, index;
    while (i >= 0 && dict_next(DICT(m->code->groupindex), &pos, &name, &index))
        if (val_as_int(index) == i) return name;
    return VAL_NONE;
}

static Value get_regs(Thread *t, Value self)
{
    ReMatchObj *m = MATCH(self);
    Value tup = tuple_new(t, m->ngroups);
    if (tup == VAL_ERROR) return tup;
    gc_push_root(t, tup);
    for (uint32_t g = 0; g < m->ngroups; g++) {
        Value pair = tuple_pack(t, 2, val_from_small(m->span[4 * g]), val_from_small(m->span[4 * g + 1]));
        if (pair == VAL_ERROR) { gc_pop_roots(t, 1); return VAL_ERROR; }
        TUPLE(tup)->items[g] = pair;
    }
    gc_pop_roots(t, 1);
    return tup;
}

static const GetSetDef match_getset[] = {
    { "string", get_string, NULL },
    { "re", get_re, NULL },
    { "pos", get_pos, NULL },
    { "endpos", get_endpos, NULL },
    { "lastindex", get_lastindex, NULL },
    { "lastgroup", get_lastgroup, NULL },
    { "regs", get_regs, NULL },
    { NULL, NULL, NULL },
};

TypeObj ReMatchType = {
    .base = { .type = &TypeType },
    .name = "re.Match",
    .base_type = &ObjectType,
    .flags = TYPE_ABSTRACT_NEW,
    .instance_size = sizeof(ReMatchObj),
    .trace = rematch_trace,
    .repr = match_repr,
    .getitem = match_getitem,
    .methods = match_methods,
    .getset = match_getset,
};

int rematch_init_type(Thread *t)
{
    StrObj *qualname = str_intern(t, "Match");
    StrObj *module = str_intern(t, "re");
    if (!qualname || !module) return -1;
    ReMatchType.qualname = qualname;
    ReMatchType.module = val_from_obj(module);
    return 0;
}
