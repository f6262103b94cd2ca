/*
 * attrcache.c -- filling the attribute inline caches (attrcache.h).
 */
#include "attrcache.h"
#include "code.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_func.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"

AttrCacheSite *attrcache_site(Thread *t, CodeObj *code, uint32_t i)
{
    if (!code->attr_cache)
        code->attr_cache = code_name_cache_new(t, code, sizeof(AttrCacheSite), &code->attr_cache_len);
    return code->attr_cache ? &code->attr_cache[i] : NULL;
}

void attrcache_fill(Thread *t, AttrCacheSite *c, Value obj, StrObj *name)
{
    if (!c || !val_is_obj(obj) || !name->interned) return;
    TypeObj *tp = val_as_obj(obj)->type;
    bool special = name == NAME(t, dict);   /* the dict itself, not a key in it */
    Value attr = type_lookup_cached(t, tp, name);
    TypeObj *at = attr != VAL_UNBOUND ? val_type(attr) : NULL;
    bool data_descr = at && at->descr_set;
    c->type = tp;
    c->epoch = type_epoch;
    c->attr = attr;
    c->kind = ATTR_SLOW;
    c->store_kind = ATTR_SLOW;
    if (data_descr || special) return;
    if (!tp->setattr && tp->dict_offset) c->store_kind = ATTR_STORE_DICT;
    /* A module's getattr is the generic one plus a fallback for misses. */
    if (tp->getattr && tp != &ModuleType) return;
    if (at && op_is_plain_method(attr)) c->kind = ATTR_METHOD;
    else if (!tp->dict_offset) return;
    else if (at && !at->descr_get) c->kind = ATTR_DICT_OR_CLASS;
    else c->kind = ATTR_DICT;
}

int attrcache_store(Thread *t, AttrCacheSite *c, Value obj, StrObj *name, Value v)
{
    DictObj **dp = obj_dict_slot(obj);
    if (!*dp) {
        Value d = dict_new(t);
        if (d == VAL_ERROR) return -1;
        *dp = DICT(d);
    }
    DictObj *d = *dp;
    if (attrcache_dict_replace(c, d, name, v)) return 0;
    if (dict_set_str(t, d, name, v) < 0) return -1;
    /* A new key is the last entry. */
    size_t last = d->nentries - 1;
    c->hint = d->entries[last].key == val_from_obj(name) ? (uint32_t)last : (uint32_t)dict_index_str(d, name);
    return 0;
}
