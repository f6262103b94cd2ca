/*
 * attrcache.h -- inline caches for LOAD_ATTR, STORE_ATTR and LOAD_METHOD.
 *
 * Each code object keeps one entry per name (like LOAD_GLOBAL's cache):
 * what the name means on instances of the type last seen there.  An entry
 * is valid while type_epoch has not moved (no class anywhere changed and
 * no type died), so a hit costs a pointer and an integer comparison, and
 * the instance dict is probed at the index where the name sat last time.
 *
 * Only instances of types using the generic attribute protocol (and
 * modules, whose protocol adds a fallback for misses) are cached; the
 * entry's `kind` says which shortcut is safe.
 */
#ifndef ASTER_ATTRCACHE_H
#define ASTER_ATTRCACHE_H

#include "code.h"
#include "obj_dict.h"

typedef enum {
    ATTR_SLOW,          /* nothing to shortcut: take the generic path */
    ATTR_DICT,          /* read: the instance dict, else the generic path */
    ATTR_DICT_OR_CLASS, /* read: the instance dict, else `attr` as it is */
    ATTR_METHOD,        /* method call: `attr` with self, unless the dict shadows it */
    ATTR_STORE_DICT,    /* write: straight into the instance dict */
} AttrKind;

typedef struct AttrCacheSite {
    TypeObj *type;      /* weak: a dying type moves type_epoch */
    uint64_t epoch;
    Value attr;         /* the class attribute; weak, the class holds it */
    uint32_t kind;      /* AttrKind, for reads and method calls */
    uint32_t store_kind;/* ATTR_STORE_DICT or ATTR_SLOW, for writes */
    uint32_t hint;      /* the entry index where the name was last found */
    uint64_t absent_in; /* keys_id of an instance dict seen without the name */
} AttrCacheSite;

/* The entry for names[i] of code, made on first use; NULL if no memory
 * (the caller just takes the slow path). */
AttrCacheSite *attrcache_site(Thread *t, CodeObj *code, uint32_t i);
/* Records what name means on obj's type. */
void attrcache_fill(Thread *t, AttrCacheSite *c, Value obj, StrObj *name);

static inline bool attrcache_hit(const AttrCacheSite *c, Value obj)
{
    return c && val_is_obj(obj) && c->type == val_as_obj(obj)->type && c->epoch == type_epoch;
}

/* The instance dict of obj, or NULL. */
static inline DictObj *attrcache_dict(Value obj)
{
    Obj *o = val_as_obj(obj);
    uint32_t off = o->type->dict_offset;
    return off ? *(DictObj **)((char *)o + off) : NULL;
}

/* d[name] probed first at the remembered index; VAL_UNBOUND if absent. */
static inline Value attrcache_dict_get(AttrCacheSite *c, DictObj *d, StrObj *name)
{
    if (!d) return VAL_UNBOUND;
    uint32_t h = c->hint;
    if (h < d->nentries && d->entries[h].key == val_from_obj(name)) return d->entries[h].value;
    int64_t ix = dict_index_str(d, name);
    if (ix < 0) return VAL_UNBOUND;
    c->hint = (uint32_t)ix;
    return d->entries[ix].value;
}

/* obj.name by a hit entry's shortcut, or VAL_UNBOUND when it has none
 * (the caller takes the generic path). */
static inline Value attrcache_read(AttrCacheSite *c, Value obj, StrObj *name)
{
    if (c->kind != ATTR_DICT && c->kind != ATTR_DICT_OR_CLASS) return VAL_UNBOUND;
    Value v = attrcache_dict_get(c, attrcache_dict(obj), name);
    return v == VAL_UNBOUND && c->kind == ATTR_DICT_OR_CLASS ? c->attr : v;
}

/* Is name absent from the instance dict d (which may be NULL)? */
static inline bool attrcache_dict_lacks(AttrCacheSite *c, DictObj *d, StrObj *name)
{
    if (!d || d->used == 0 || d->keys_id == c->absent_in) return true;
    if (dict_index_str(d, name) >= 0) return false;
    c->absent_in = d->keys_id;
    return true;
}

/* Replaces d[name] if it is at the remembered index; false otherwise. */
static inline bool attrcache_dict_replace(AttrCacheSite *c, DictObj *d, StrObj *name, Value v)
{
    uint32_t h = c->hint;
    if (!d || h >= d->nentries || d->entries[h].key != val_from_obj(name)) return false;
    d->entries[h].value = v;
    dict_changed(d);
    return true;
}

/* obj.name = v for a site whose kind is ATTR_STORE_DICT, making the
 * instance dict if obj has none yet; obj and v must be rooted. */
int attrcache_store(Thread *t, AttrCacheSite *c, Value obj, StrObj *name, Value v);

#endif
