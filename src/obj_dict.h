/*
 * obj_dict.h -- dict: an insertion-ordered hash table (compact layout:
 * an index table of slots pointing into a dense entry array).
 *
 * Lookups with str keys (dict_get_str) cannot fail; general lookups call
 * __hash__/__eq__ and so can raise and run script code.
 *
 * A type's namespace is a `watched` dict: any change to one also moves
 * the global `type_epoch`, which every cached attribute lookup checks, so
 * one comparison proves that no class anywhere has changed.
 */
#ifndef ASTER_OBJ_DICT_H
#define ASTER_OBJ_DICT_H

#include "object.h"

typedef struct {
    int64_t hash;
    Value key;                  /* VAL_UNBOUND: deleted entry */
    Value value;
} DictEntry;

struct DictObj {
    Obj base;
    size_t used;                /* live entries */
    size_t nentries;            /* entries used in `entries` (live + deleted) */
    size_t entries_cap;
    size_t usable;              /* insertions left before a resize */
    size_t index_size;          /* power of two, or 0 */
    DictEntry *entries;         /* mem_alloc'ed */
    int32_t *index;             /* mem_alloc'ed; -1 empty, -2 dummy, else entry */
    bool watched;               /* a type's namespace: changes move type_epoch */
    /* Names the set of keys and their places: takes a value no dict has
     * had whenever a key is added or removed or the entries move (0: never
     * had a key), so a cache can prove with one comparison that a name is
     * still absent, or still at the index where it was found. */
    uint64_t keys_id;
};

extern uint64_t type_epoch;
extern uint64_t dict_keys_clock;

static inline void dict_keys_changed(DictObj *d)
{
    d->keys_id = ++dict_keys_clock;
}

/* Every mutation of d goes through here. */
static inline void dict_changed(DictObj *d)
{
    if (d->watched) type_epoch++;
}

#define DICT(v) ((DictObj *)val_as_obj(v))
static inline bool dict_check(Value v) { return val_is_obj(v) && val_isinstance(v, &DictType); }

Value dict_new(Thread *t);
/* VAL_UNBOUND when missing (no exception), VAL_ERROR on error. */
Value dict_get(Thread *t, DictObj *d, Value key);
int dict_set(Thread *t, DictObj *d, Value key, Value value);   /* 0 / -1 */
int dict_del(Thread *t, DictObj *d, Value key);   /* 0 deleted, 1 missing (no exc), -1 error */
/* str keys: no hashing or comparison can fail. */
Value dict_get_str(DictObj *d, StrObj *key);      /* VAL_UNBOUND when missing */
int dict_set_str(Thread *t, DictObj *d, StrObj *key, Value value);
int dict_set_cstr(Thread *t, DictObj *d, const char *key, Value value); /* interns key */
/* The index in d->entries of key, or -1 (for inline caches). */
int64_t dict_index_str(DictObj *d, StrObj *key);
/* Iteration in insertion order: start with pos = 0. */
bool dict_next(DictObj *d, size_t *pos, Value *key, Value *value);
static inline size_t dict_len(DictObj *d) { return d->used; }
/* d.update(other): other is a mapping (dict or keys()/[]) or an iterable
 * of pairs. */
int dict_update(Thread *t, DictObj *d, Value other);
Value dict_copy(Thread *t, DictObj *d);

#endif
