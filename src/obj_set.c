/*
 * obj_set.c -- set, frozenset and their iterator.
 *
 * The table follows CPython's algorithm step for step (see obj_set.h):
 * the same probe sequence, fill limit, growth sizes, dummy reuse, and the
 * same order of insertions in every operation (union copies the left
 * table then adds the right one, intersection walks the smaller set,
 * ...), because the resulting slot order is what a script sees when it
 * prints a set.
 *
 * Comparing keys may run __eq__, which may change the set being probed:
 * after each such call the probe checks that the table and the slot are
 * unchanged and starts over otherwise.  Loops over a table re-read it
 * after every call that can run script code.
 */
#include <stdint.h>
#include "obj_set.h"
#include "obj_alias.h"
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_type.h"
#include "ops.h"
#include "strbuf.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct {
    Obj base;
    SetObj *set;                /* NULL once exhausted */
    size_t used;                /* the set's size when iteration began */
    size_t pos;
    size_t left;                /* items not yet returned */
} SetIterObj;

static inline bool active(const SetEntry *e)
{
    return e->key != VAL_UNBOUND && e->key != SET_DUMMY;
}

static void table_clear(SetEntry *tab, size_t n)
{
    for (size_t i = 0; i < n; i++) tab[i] = (SetEntry){ VAL_UNBOUND, 0 };
}

static void make_empty(SetObj *so)
{
    table_clear(so->smalltable, SET_MINSIZE);
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1;
}

static SetObj *set_alloc(Thread *t, TypeObj *cls)
{
    SetObj *so = gc_alloc(t, cls, cls->instance_size);
    if (so) make_empty(so);
    return so;
}

Value set_new(Thread *t, TypeObj *type)
{
    SetObj *so = set_alloc(t, type);
    return so ? val_from_obj(so) : VAL_ERROR;
}

/* The plain set or frozenset type a result of an operation on a value of
 * type tp gets. */
static TypeObj *base_kind(TypeObj *tp)
{
    if (tp == &SetType || tp == &FrozenSetType) return tp;
    return type_is_subtype(tp, &SetType) ? &SetType : &FrozenSetType;
}

static int64_t elem_hash(Thread *t, Value key)
{
    if (val_is_int(key)) {
        /* small ints are their own hash (48 bits < 2**61 - 1) */
        int64_t h = val_as_int(key);
        return h == -1 ? -2 : h;
    }
    if (str_check_exact(key)) return str_hash(STR(key));
    return op_hash(t, key);
}

/* start == key for two keys with equal hashes, with the fast answers
 * first; __eq__ runs with everything rooted. */
static int keys_equal(Thread *t, SetObj *so, Value start, Value key)
{
    if (str_check_exact(start) && str_check_exact(key)) return str_eq(STR(start), STR(key));
    if (val_both_int(start, key)) return 0;
    gc_push_root(t, val_from_obj(so));
    gc_push_root(t, start);
    gc_push_root(t, key);
    int r = op_eq(t, start, key);
    gc_pop_roots(t, 3);
    return r;
}

/* The active slot holding key, or the unused slot where the search
 * ended; NULL on error. */
static SetEntry *lookkey(Thread *t, SetObj *so, Value key, int64_t hash)
{
restart:;
    size_t mask = so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        SetEntry *e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->key == VAL_UNBOUND) return e;
            if (e->hash == hash) {
                Value start = e->key;
                if (start == key) return e;
                const SetEntry *table = so->table;
                int r = keys_equal(t, so, start, key);
                if (r < 0) return NULL;
                if (table != so->table || e->key != start) goto restart;
                if (r) return e;
                mask = so->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Puts a key known to be absent into a table without dummies. */
static void insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash)
{
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        SetEntry *e = &table[i];
        if (e->key == VAL_UNBOUND) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == VAL_UNBOUND) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

/* Rebuilds the table with more than minused slots, dropping dummies.
 * Never collects. */
static int set_resize(Thread *t, SetObj *so, size_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        if (newsize > SIZE_MAX / (2 * sizeof(SetEntry))) {
            exc_no_memory(t);
            return -1;
        }
        newsize <<= 1;
    }
    SetEntry *old = so->table, small_copy[SET_MINSIZE];
    size_t oldmask = so->mask;
    bool old_malloced = old != so->smalltable;
    SetEntry *table;
    if (newsize == SET_MINSIZE) {
        table = so->smalltable;
        if (table == old) {
            if (so->fill == so->used) return 0;     /* no dummies to purge */
            memcpy(small_copy, old, sizeof small_copy);
            old = small_copy;
        }
    } else {
        table = mem_alloc(t, newsize * sizeof(SetEntry));
        if (!table) return -1;
    }
    table_clear(table, newsize);
    so->table = table;
    so->mask = newsize - 1;
    for (size_t i = 0; i <= oldmask; i++)
        if (active(&old[i])) insert_clean(table, so->mask, old[i].key, old[i].hash);
    so->fill = so->used;
    if (old_malloced) mem_free(t->gc, old, (oldmask + 1) * sizeof(SetEntry));
    return 0;
}

/* Adds key (with its hash).  Caller roots key and so. */
static int add_entry(Thread *t, SetObj *so, Value key, int64_t hash)
{
restart:;
    size_t mask = so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    SetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->key == VAL_UNBOUND) goto found_unused;
            if (e->hash == hash) {
                Value start = e->key;
                if (start == key) return 0;
                const SetEntry *table = so->table;
                int r = keys_equal(t, so, start, key);
                if (r > 0) return 0;
                if (r < 0) return -1;
                if (table != so->table || e->key != start) goto restart;
                mask = so->mask;
            } else if (e->hash == -1) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    if (freeslot) {
        *freeslot = (SetEntry){ key, hash };
        so->used++;
        return 0;
    }
    *e = (SetEntry){ key, hash };
    so->fill++;
    so->used++;
    if (so->fill * 5 < mask * 3) return 0;
    return set_resize(t, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static int add_key(Thread *t, SetObj *so, Value key)
{
    gc_push_root(t, val_from_obj(so));
    gc_push_root(t, key);
    int64_t hash = elem_hash(t, key);
    int rc = hash == -1 ? -1 : add_entry(t, so, key, hash);
    gc_pop_roots(t, 2);
    return rc;
}

static int contains_entry(Thread *t, SetObj *so, Value key, int64_t hash)
{
    SetEntry *e = lookkey(t, so, key, hash);
    return e ? e->key != VAL_UNBOUND : -1;
}

/* 1 removed, 0 absent, -1 error. */
static int discard_entry(Thread *t, SetObj *so, Value key, int64_t hash)
{
    SetEntry *e = lookkey(t, so, key, hash);
    if (!e) return -1;
    if (e->key == VAL_UNBOUND) return 0;
    e->key = SET_DUMMY;
    e->hash = -1;
    so->used--;
    return 1;
}

static void set_clear_internal(GC *gc, SetObj *so)
{
    if (so->table != so->smalltable) mem_free(gc, so->table, (so->mask + 1) * sizeof(SetEntry));
    make_empty(so);
}

/* Order-independent hash of the keys (CPython's frozenset hash). */
static int64_t frozenset_hash_of(const SetObj *so)
{
    uint64_t h = 0;
    for (size_t i = 0; i <= so->mask; i++) {
        if (!active(&so->table[i])) continue;
        uint64_t eh = (uint64_t)so->table[i].hash;
        h ^= ((eh ^ UINT64_C(89869747)) ^ (eh << 16)) * UINT64_C(3644798167);
    }
    h ^= ((uint64_t)so->used + 1) * UINT64_C(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h * UINT64_C(69069) + UINT64_C(907133923);
    if (h == UINT64_MAX) h = UINT64_C(590923713);
    return (int64_t)h;
}

/* A set used as a key for lookup (x in s, s.remove(x)) stands for the
 * frozenset with the same items: retry with that hash when hashing it
 * failed.  Returns the hash, or -1 with the error kept. */
static int64_t lookup_hash(Thread *t, Value key)
{
    int64_t h = elem_hash(t, key);
    if (h != -1 || !val_isinstance(key, &SetType) || !exc_matches(t, &TypeErrorType)) return h;
    exc_clear(t);
    return frozenset_hash_of(SET(key));
}

/* ---- bulk operations ---- */

static int set_merge(Thread *t, SetObj *so, SetObj *other)
{
    if (so == other || other->used == 0) return 0;
    /* one resize up front, expecting few duplicates */
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        set_resize(t, so, (so->used + other->used) * 2) < 0)
        return -1;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        memcpy(so->table, other->table, (other->mask + 1) * sizeof(SetEntry));
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        for (size_t i = 0; i <= other->mask; i++)
            if (active(&other->table[i]))
                insert_clean(so->table, so->mask, other->table[i].key, other->table[i].hash);
        so->fill = so->used = other->used;
        return 0;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        SetEntry e = other->table[i];
        if (!active(&e)) continue;
        gc_push_root(t, e.key);
        int rc = add_entry(t, so, e.key, e.hash);
        gc_pop_roots(t, 1);
        if (rc < 0) return -1;
    }
    return 0;
}

static int update_from_dict(Thread *t, SetObj *so, DictObj *d)
{
    if ((so->fill + d->used) * 5 >= so->mask * 3 && set_resize(t, so, (so->used + d->used) * 2) < 0)
        return -1;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (e.key == VAL_UNBOUND) continue;
        gc_push_root(t, e.key);
        int rc = add_entry(t, so, e.key, e.hash);
        gc_pop_roots(t, 1);
        if (rc < 0) return -1;
    }
    return 0;
}

static int update_from_iter(Thread *t, SetObj *so, Value iterable)
{
    Value it = op_iter(t, iterable);
    if (it == VAL_ERROR) return -1;
    gc_push_root(t, it);
    int rc = 0;
    for (;;) {
        Value k = op_next(t, it);
        if (k == VAL_UNBOUND) break;
        if (k == VAL_ERROR || add_key(t, so, k) < 0) {
            rc = -1;
            break;
        }
    }
    gc_pop_roots(t, 1);
    return rc;
}

static int update_internal(Thread *t, SetObj *so, Value other)
{
    gc_push_root(t, val_from_obj(so));
    int rc;
    if (set_check(other)) rc = set_merge(t, so, SET(other));
    else if (val_is_type(other, &DictType)) rc = update_from_dict(t, so, DICT(other));
    else rc = update_from_iter(t, so, other);
    gc_pop_roots(t, 1);
    return rc;
}

/* A new set or frozenset (by so's kind) with so's items. */
static Value copy_base(Thread *t, SetObj *so)
{
    gc_push_root(t, val_from_obj(so));
    SetObj *r = set_alloc(t, base_kind(so->base.type));
    gc_pop_roots(t, 1);
    if (!r) return VAL_ERROR;
    /* into an empty set no script code runs, so r needs no root */
    return set_merge(t, r, so) < 0 ? VAL_ERROR : val_from_obj(r);
}

/* Gives a the contents of b (and b those of a). */
static void swap_bodies(SetObj *a, SetObj *b)
{
    SetEntry tmp[SET_MINSIZE];
    bool a_small = a->table == a->smalltable, b_small = b->table == b->smalltable;
    SetEntry *at = a->table, *bt = b->table;
    memcpy(tmp, a->smalltable, sizeof tmp);
    memcpy(a->smalltable, b->smalltable, sizeof tmp);
    memcpy(b->smalltable, tmp, sizeof tmp);
    a->table = b_small ? a->smalltable : bt;
    b->table = a_small ? b->smalltable : at;
    size_t x;
    x = a->fill; a->fill = b->fill; b->fill = x;
    x = a->used; a->used = b->used; b->used = x;
    x = a->mask; a->mask = b->mask; b->mask = x;
    a->hash = b->hash = -1;
}

static Value set_intersection(Thread *t, Value sov, Value other)
{
    SetObj *so = SET(sov);
    if (sov == other) return copy_base(t, so);
    uint32_t mark = gc_root_mark(t);
    SetObj *result = set_alloc(t, base_kind(so->base.type));
    if (!result) return VAL_ERROR;
    gc_push_root(t, val_from_obj(result));
    if (set_check(other)) {
        /* walk the smaller set, look up in the larger */
        SetObj *big = so, *small = SET(other);
        if (small->used > big->used) {
            big = small;
            small = so;
        }
        for (size_t i = 0; i <= small->mask; i++) {
            SetEntry e = small->table[i];
            if (!active(&e)) continue;
            gc_push_root(t, e.key);
            int r = contains_entry(t, big, e.key, e.hash);
            if (r > 0) r = add_entry(t, result, e.key, e.hash);
            gc_pop_roots(t, 1);
            if (r < 0) goto fail;
        }
        gc_root_reset(t, mark);
        return val_from_obj(result);
    }
    Value it = op_iter(t, other);
    if (it == VAL_ERROR) goto fail;
    gc_push_root(t, it);
    for (;;) {
        Value k = op_next(t, it);
        if (k == VAL_UNBOUND) break;
        if (k == VAL_ERROR) goto fail;
        gc_push_root(t, k);
        int64_t hash = elem_hash(t, k);
        if (hash == -1) goto fail;
        int r = contains_entry(t, so, k, hash);
        if (r > 0) r = add_entry(t, result, k, hash);
        if (r < 0) goto fail;
        gc_pop_roots(t, 1);
        if (result->used >= so->used) break;
    }
    gc_root_reset(t, mark);
    return val_from_obj(result);
fail:
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

static int intersection_update(Thread *t, Value sov, Value other)
{
    Value tmp = set_intersection(t, sov, other);
    if (tmp == VAL_ERROR) return -1;
    swap_bodies(SET(sov), SET(tmp));
    return 0;
}

static int difference_update(Thread *t, Value sov, Value other)
{
    SetObj *so = SET(sov);
    if (sov == other) {
        set_clear_internal(t->gc, so);
        return 0;
    }
    uint32_t mark = gc_root_mark(t);
    if (set_check(other)) {
        /* a much bigger other: only the common items matter */
        if ((SET(other)->used >> 3) > so->used) {
            other = set_intersection(t, sov, other);
            if (other == VAL_ERROR) return -1;
            gc_push_root(t, other);
        }
        SetObj *o = SET(other);
        for (size_t i = 0; i <= o->mask; i++) {
            SetEntry e = o->table[i];
            if (!active(&e)) continue;
            gc_push_root(t, e.key);
            int r = discard_entry(t, so, e.key, e.hash);
            gc_pop_roots(t, 1);
            if (r < 0) goto fail;
        }
    } else {
        Value it = op_iter(t, other);
        if (it == VAL_ERROR) goto fail;
        gc_push_root(t, it);
        for (;;) {
            Value k = op_next(t, it);
            if (k == VAL_UNBOUND) break;
            if (k == VAL_ERROR) goto fail;
            gc_push_root(t, k);
            int64_t hash = elem_hash(t, k);
            if (hash == -1 || discard_entry(t, so, k, hash) < 0) goto fail;
            gc_pop_roots(t, 1);
        }
    }
    gc_root_reset(t, mark);
    /* more than a quarter dummies: rebuild */
    if (so->fill - so->used <= so->mask / 4) return 0;
    return set_resize(t, so, so->used > 50000 ? so->used * 2 : so->used * 4);
fail:
    gc_root_reset(t, mark);
    return -1;
}

static Value copy_and_difference(Thread *t, SetObj *so, Value other)
{
    Value r = copy_base(t, so);
    if (r == VAL_ERROR) return r;
    gc_push_root(t, r);
    int rc = difference_update(t, r, other);
    gc_pop_roots(t, 1);
    return rc < 0 ? VAL_ERROR : r;
}

static Value set_difference(Thread *t, Value sov, Value other)
{
    SetObj *so = SET(sov);
    bool is_dict = val_is_type(other, &DictType);
    size_t other_size;
    if (set_check(other)) other_size = SET(other)->used;
    else if (is_dict) other_size = DICT(other)->used;
    else return copy_and_difference(t, so, other);
    /* much bigger than other: copying and removing is cheaper */
    if ((so->used >> 2) > other_size) return copy_and_difference(t, so, other);
    uint32_t mark = gc_root_mark(t);
    SetObj *result = set_alloc(t, base_kind(so->base.type));
    if (!result) return VAL_ERROR;
    gc_push_root(t, val_from_obj(result));
    for (size_t i = 0; i <= so->mask; i++) {
        SetEntry e = so->table[i];
        if (!active(&e)) continue;
        gc_push_root(t, e.key);
        int r;
        if (is_dict) {
            Value v = dict_get(t, DICT(other), e.key);
            r = v == VAL_ERROR ? -1 : v != VAL_UNBOUND;
        } else {
            r = contains_entry(t, SET(other), e.key, e.hash);
        }
        if (r == 0) r = add_entry(t, result, e.key, e.hash);
        gc_pop_roots(t, 1);
        if (r < 0) {
            gc_root_reset(t, mark);
            return VAL_ERROR;
        }
    }
    gc_root_reset(t, mark);
    return val_from_obj(result);
}

/* Each key of other: removed from so if there, added if not. */
static int symdiff_update_set(Thread *t, SetObj *so, SetObj *other)
{
    for (size_t i = 0; i <= other->mask; i++) {
        SetEntry e = other->table[i];
        if (!active(&e)) continue;
        gc_push_root(t, e.key);
        int r = discard_entry(t, so, e.key, e.hash);
        if (r == 0) r = add_entry(t, so, e.key, e.hash);
        gc_pop_roots(t, 1);
        if (r < 0) return -1;
    }
    return 0;
}

static int symdiff_update(Thread *t, Value sov, Value other)
{
    SetObj *so = SET(sov);
    if (sov == other) {
        set_clear_internal(t->gc, so);
        return 0;
    }
    if (set_check(other)) return symdiff_update_set(t, so, SET(other));
    if (val_is_type(other, &DictType)) {
        DictObj *d = DICT(other);
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (e.key == VAL_UNBOUND) continue;
            gc_push_root(t, e.key);
            int r = discard_entry(t, so, e.key, e.hash);
            if (r == 0) r = add_entry(t, so, e.key, e.hash);
            gc_pop_roots(t, 1);
            if (r < 0) return -1;
        }
        return 0;
    }
    SetObj *tmp = set_alloc(t, base_kind(so->base.type));
    if (!tmp) return -1;
    gc_push_root(t, val_from_obj(tmp));
    int rc = update_from_iter(t, tmp, other);
    if (rc == 0) rc = symdiff_update_set(t, so, tmp);
    gc_pop_roots(t, 1);
    return rc;
}

static Value set_symmetric_difference(Thread *t, Value sov, Value other)
{
    SetObj *result = set_alloc(t, base_kind(SET(sov)->base.type));
    if (!result) return VAL_ERROR;
    gc_push_root(t, val_from_obj(result));
    int rc = update_internal(t, result, other);
    if (rc == 0) rc = symdiff_update_set(t, result, SET(sov));
    gc_pop_roots(t, 1);
    return rc < 0 ? VAL_ERROR : val_from_obj(result);
}

static int is_subset(Thread *t, Value sov, Value other)
{
    SetObj *so = SET(sov);
    if (!set_check(other)) {
        Value tmp = set_intersection(t, sov, other);
        return tmp == VAL_ERROR ? -1 : SET(tmp)->used == so->used;
    }
    if (so->used > SET(other)->used) return 0;
    for (size_t i = 0; i <= so->mask; i++) {
        SetEntry e = so->table[i];
        if (!active(&e)) continue;
        gc_push_root(t, e.key);
        int r = contains_entry(t, SET(other), e.key, e.hash);
        gc_pop_roots(t, 1);
        if (r <= 0) return r;
    }
    return 1;
}

static int is_superset(Thread *t, Value sov, Value other)
{
    if (set_check(other)) return is_subset(t, other, sov);
    Value it = op_iter(t, other);
    if (it == VAL_ERROR) return -1;
    gc_push_root(t, it);
    int r = 1;
    while (r == 1) {
        Value k = op_next(t, it);
        if (k == VAL_UNBOUND) break;
        r = k == VAL_ERROR ? -1 : set_contains(t, sov, k);
    }
    gc_pop_roots(t, 1);
    return r;
}

static int is_disjoint(Thread *t, Value sov, Value other)
{
    SetObj *so = SET(sov);
    if (sov == other) return so->used == 0;
    if (val_is_type(other, &SetType) || val_is_type(other, &FrozenSetType)) {
        SetObj *big = so, *small = SET(other);
        if (small->used > big->used) {
            big = small;
            small = so;
        }
        for (size_t i = 0; i <= small->mask; i++) {
            SetEntry e = small->table[i];
            if (!active(&e)) continue;
            gc_push_root(t, e.key);
            int r = contains_entry(t, big, e.key, e.hash);
            gc_pop_roots(t, 1);
            if (r != 0) return r < 0 ? -1 : 0;
        }
        return 1;
    }
    Value it = op_iter(t, other);
    if (it == VAL_ERROR) return -1;
    gc_push_root(t, it);
    int r = 1;
    while (r == 1) {
        Value k = op_next(t, it);
        if (k == VAL_UNBOUND) break;
        int in = k == VAL_ERROR ? -1 : set_contains(t, sov, k);
        r = in < 0 ? -1 : !in;
    }
    gc_pop_roots(t, 1);
    return r;
}

/* ---- the C API ---- */

int set_add(Thread *t, Value set, Value key)
{
    return add_key(t, SET(set), key);
}

int set_contains(Thread *t, Value set, Value key)
{
    gc_push_root(t, set);
    gc_push_root(t, key);
    int64_t hash = lookup_hash(t, key);
    int r = hash == -1 ? -1 : contains_entry(t, SET(set), key, hash);
    gc_pop_roots(t, 2);
    return r;
}

int set_discard(Thread *t, Value set, Value key)
{
    gc_push_root(t, set);
    gc_push_root(t, key);
    int64_t hash = lookup_hash(t, key);
    int r = hash == -1 ? -1 : discard_entry(t, SET(set), key, hash);
    gc_pop_roots(t, 2);
    return r;
}

int set_update(Thread *t, Value set, Value iterable)
{
    return update_internal(t, SET(set), iterable);
}

int set_update_op(Thread *t, Value set, BinOp op, Value iterable)
{
    switch (op) {
    case BINOP_OR: return update_internal(t, SET(set), iterable);
    case BINOP_AND: return intersection_update(t, set, iterable);
    case BINOP_SUB: return difference_update(t, set, iterable);
    case BINOP_XOR: return symdiff_update(t, set, iterable);
    default: return 0;
    }
}

Value set_const_frozenset(Thread *t, const Value *items, size_t n)
{
    uint32_t mark = gc_root_mark(t);
    Value r = VAL_ERROR;
    SetObj *first = set_alloc(t, &FrozenSetType);
    if (!first) return VAL_ERROR;
    gc_push_root(t, val_from_obj(first));
    for (size_t i = 0; i < n; i++)
        if (add_key(t, first, items[i]) < 0) goto done;
    SetObj *second = set_alloc(t, &FrozenSetType);
    if (!second) goto done;
    gc_push_root(t, val_from_obj(second));
    for (size_t i = 0; i <= first->mask; i++) {
        SetEntry *e = &first->table[i];
        if (active(e) && add_entry(t, second, e->key, e->hash) < 0) goto done;
    }
    r = val_from_obj(second);
done:
    gc_root_reset(t, mark);
    return r;
}

bool set_next(Value set, size_t *pos, Value *key)
{
    SetObj *so = SET(set);
    while (*pos <= so->mask) {
        const SetEntry *e = &so->table[(*pos)++];
        if (active(e)) {
            *key = e->key;
            return true;
        }
    }
    return false;
}

/* ---- slots ---- */

static void set_trace(GC *gc, Obj *o)
{
    SetObj *so = (SetObj *)o;
    for (size_t i = 0; i <= so->mask; i++)
        if (active(&so->table[i])) gc_mark_value(gc, so->table[i].key);
}

static void set_finalize(GC *gc, Obj *o)
{
    SetObj *so = (SetObj *)o;
    if (so->table != so->smalltable) mem_free(gc, so->table, (so->mask + 1) * sizeof(SetEntry));
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
}

static Value set_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    return set_new(t, cls);
}

static Value set_init(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "set", kwnames) < 0 ||
        arg_count(t, type_name(val_type(self)), nargs, 0, 1) < 0)
        return VAL_ERROR;
    SetObj *so = SET(self);
    if (so->fill) set_clear_internal(t->gc, so);
    so->hash = -1;
    if (nargs && update_internal(t, so, args[0]) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value frozenset_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    if (cls == &FrozenSetType && arg_no_kw(t, "frozenset", kwnames) < 0) return VAL_ERROR;
    if (arg_count(t, type_name(cls), nargs, 0, 1) < 0) return VAL_ERROR;
    if (cls == &FrozenSetType && nargs && val_is_type(args[0], &FrozenSetType)) return args[0];
    Value r = set_new(t, cls);
    if (r == VAL_ERROR || nargs == 0) return r;
    gc_push_root(t, r);
    int rc = update_internal(t, SET(r), args[0]);
    gc_pop_roots(t, 1);
    return rc < 0 ? VAL_ERROR : r;
}

/* {1, 2} for a set, frozenset({1, 2}) and Sub({1, 2}) otherwise. */
static Value set_repr(Thread *t, Value self)
{
    SetObj *so = SET(self);
    const char *name = type_name(val_type(self));
    StrBuf b;
    strbuf_init(&b);
    if (so->used == 0) {
        strbuf_printf(&b, "%s()", name);
        return strbuf_finish(t, &b);
    }
    int r = repr_enter(t, self);
    if (r < 0) {
        strbuf_free(&b);
        return VAL_ERROR;
    }
    if (r > 0) {
        strbuf_printf(&b, "%s(...)", name);
        return strbuf_finish(t, &b);
    }
    /* a snapshot of the keys: their reprs may change the set */
    Value keys = list_new(t, so->used);
    if (keys == VAL_ERROR) goto fail;
    gc_push_root(t, keys);
    size_t pos = 0;
    Value k;
    while (set_next(self, &pos, &k)) LIST(keys)->items[LIST(keys)->len++] = k;
    bool plain = val_is_type(self, &SetType);
    if (!plain) strbuf_printf(&b, "%s(", name);
    strbuf_putc(&b, '{');
    for (size_t i = 0; i < LIST(keys)->len; i++) {
        Value s = op_repr(t, LIST(keys)->items[i]);
        if (s == VAL_ERROR) {
            gc_pop_roots(t, 1);
            goto fail;
        }
        if (i) strbuf_puts(&b, ", ");
        strbuf_put_str(&b, s);
    }
    strbuf_puts(&b, plain ? "}" : "})");
    gc_pop_roots(t, 1);
    repr_leave(t, self);
    return strbuf_finish(t, &b);
fail:
    strbuf_free(&b);
    repr_leave(t, self);
    return VAL_ERROR;
}

static int64_t frozenset_hash(Thread *t, Value self)
{
    (void)t;
    SetObj *so = SET(self);
    if (so->hash == -1) so->hash = frozenset_hash_of(so);
    return so->hash;
}

static Value set_compare(Thread *t, CmpOp op, Value a, Value b)
{
    if (!set_check(a) || !set_check(b)) return VAL_NOTIMPL;
    SetObj *x = SET(a), *y = SET(b);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (x->used != y->used || (x->hash != -1 && y->hash != -1 && x->hash != y->hash)) r = 0;
        else r = is_subset(t, a, b);
        if (op == CMP_NE && r >= 0) r = !r;
        break;
    case CMP_LE: r = is_subset(t, a, b); break;
    case CMP_GE: r = is_superset(t, a, b); break;
    case CMP_LT: r = x->used < y->used ? is_subset(t, a, b) : 0; break;
    default: r = x->used > y->used ? is_superset(t, a, b) : 0; break;
    }
    return r < 0 ? VAL_ERROR : val_from_bool(r);
}

static int64_t set_len_slot(Thread *t, Value self)
{
    (void)t;
    return (int64_t)SET(self)->used;
}

static Value set_iter(Thread *t, Value self)
{
    SetIterObj *it = gc_alloc(t, &SetIterType, sizeof(SetIterObj));
    if (!it) return VAL_ERROR;
    it->set = SET(self);
    it->used = SET(self)->used;
    it->left = it->used;
    return val_from_obj(it);
}

static Value set_binary(Thread *t, BinOp op, Value a, Value b)
{
    if (!set_check(a) || !set_check(b)) return VAL_NOTIMPL;
    switch (op) {
    case BINOP_OR: {
        Value r = copy_base(t, SET(a));
        if (r == VAL_ERROR || a == b) return r;
        gc_push_root(t, r);
        int rc = set_merge(t, SET(r), SET(b));
        gc_pop_roots(t, 1);
        return rc < 0 ? VAL_ERROR : r;
    }
    case BINOP_AND: return set_intersection(t, a, b);
    case BINOP_SUB: return set_difference(t, a, b);
    case BINOP_XOR: return set_symmetric_difference(t, a, b);
    default: return VAL_NOTIMPL;
    }
}

static Value set_inplace(Thread *t, BinOp op, Value a, Value b)
{
    if (!set_check(b)) return VAL_NOTIMPL;
    if (op != BINOP_OR && op != BINOP_AND && op != BINOP_SUB && op != BINOP_XOR) return VAL_NOTIMPL;
    return set_update_op(t, a, op, b) < 0 ? VAL_ERROR : a;
}

static int set_contains_slot(Thread *t, Value self, Value key)
{
    return set_contains(t, self, key);
}

/* ---- methods ---- */

static int method_args(Thread *t, const char *name, int nargs, TupleObj *kwnames, int min, int max)
{
    if (arg_no_kw(t, name, kwnames) < 0 || arg_count(t, name, nargs - 1, min, max) < 0) return -1;
    return 0;
}

static Value set_add_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "set.add", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return set_add(t, args[0], args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

/* KeyError(key); key is rooted here, it may be a fresh message. */
static Value key_error(Thread *t, Value key)
{
    gc_push_root(t, key);
    Value e = exc_new(t, &KeyErrorType, &key, 1);
    gc_pop_roots(t, 1);
    return e == VAL_ERROR ? e : exc_raise_obj(t, e);
}

static Value set_remove_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "set.remove", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int r = set_discard(t, args[0], args[1]);
    if (r < 0) return VAL_ERROR;
    return r == 0 ? key_error(t, args[1]) : VAL_NONE;
}

static Value set_discard_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "set.discard", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return set_discard(t, args[0], args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value set_pop_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "set.pop", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    SetObj *so = SET(args[0]);
    if (so->used == 0) {
        Value msg = str_from_cstr(t, "pop from an empty set");
        return msg == VAL_ERROR ? msg : key_error(t, msg);
    }
    /* resume the search where the last pop stopped */
    size_t i = so->finger & so->mask;
    while (!active(&so->table[i])) i = i == so->mask ? 0 : i + 1;
    Value key = so->table[i].key;
    so->table[i] = (SetEntry){ SET_DUMMY, -1 };
    so->used--;
    so->finger = i + 1;
    return key;
}

static Value set_clear_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "set.clear", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    set_clear_internal(t->gc, SET(args[0]));
    return VAL_NONE;
}

static Value set_copy_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "set.copy", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return copy_base(t, SET(args[0]));
}

static Value frozenset_copy_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "frozenset.copy", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    if (val_is_type(args[0], &FrozenSetType)) return args[0];
    return copy_base(t, SET(args[0]));
}

static Value set_update_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "set.update", kwnames) < 0) return VAL_ERROR;
    for (int i = 1; i < nargs; i++)
        if (update_internal(t, SET(args[0]), args[i]) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value set_union_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "set.union", kwnames) < 0) return VAL_ERROR;
    Value r = copy_base(t, SET(args[0]));
    if (r == VAL_ERROR) return r;
    gc_push_root(t, r);
    for (int i = 1; i < nargs; i++) {
        if (args[i] == args[0]) continue;
        if (update_internal(t, SET(r), args[i]) < 0) {
            r = VAL_ERROR;
            break;
        }
    }
    gc_pop_roots(t, 1);
    return r;
}

static Value intersection_multi(Thread *t, Value *args, int nargs)
{
    if (nargs == 1) return copy_base(t, SET(args[0]));
    uint32_t mark = gc_root_mark(t);
    Value r = args[0];
    for (int i = 1; i < nargs && r != VAL_ERROR; i++) {
        r = set_intersection(t, r, args[i]);
        gc_push_root(t, r);
    }
    gc_root_reset(t, mark);
    return r;
}

static Value set_intersection_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "set.intersection", kwnames) < 0) return VAL_ERROR;
    return intersection_multi(t, args, nargs);
}

static Value set_intersection_update_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "set.intersection_update", kwnames) < 0) return VAL_ERROR;
    Value tmp = intersection_multi(t, args, nargs);
    if (tmp == VAL_ERROR) return tmp;
    swap_bodies(SET(args[0]), SET(tmp));
    return VAL_NONE;
}

static Value set_difference_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "set.difference", kwnames) < 0) return VAL_ERROR;
    if (nargs == 1) return copy_base(t, SET(args[0]));
    Value r = set_difference(t, args[0], args[1]);
    if (r == VAL_ERROR) return r;
    gc_push_root(t, r);
    for (int i = 2; i < nargs; i++) {
        if (difference_update(t, r, args[i]) < 0) {
            r = VAL_ERROR;
            break;
        }
    }
    gc_pop_roots(t, 1);
    return r;
}

static Value set_difference_update_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "set.difference_update", kwnames) < 0) return VAL_ERROR;
    for (int i = 1; i < nargs; i++)
        if (difference_update(t, args[0], args[i]) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value set_symmetric_difference_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "set.symmetric_difference", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return set_symmetric_difference(t, args[0], args[1]);
}

static Value set_symmetric_difference_update_m(Thread *t, Value *args, int nargs,
                                               TupleObj *kwnames)
{
    if (method_args(t, "set.symmetric_difference_update", nargs, kwnames, 1, 1) < 0)
        return VAL_ERROR;
    return symdiff_update(t, args[0], args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value bool_result(int r)
{
    return r < 0 ? VAL_ERROR : val_from_bool(r);
}

static Value set_issubset_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "set.issubset", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return bool_result(is_subset(t, args[0], args[1]));
}

static Value set_issuperset_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "set.issuperset", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return bool_result(is_superset(t, args[0], args[1]));
}

static Value set_isdisjoint_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "set.isdisjoint", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return bool_result(is_disjoint(t, args[0], args[1]));
}

static const MethodDef set_methods[] = {
    { "add", set_add_m, 0 },
    { "remove", set_remove_m, 0 },
    { "discard", set_discard_m, 0 },
    { "pop", set_pop_m, 0 },
    { "clear", set_clear_m, 0 },
    { "copy", set_copy_m, 0 },
    { "update", set_update_m, 0 },
    { "union", set_union_m, 0 },
    { "intersection", set_intersection_m, 0 },
    { "intersection_update", set_intersection_update_m, 0 },
    { "difference", set_difference_m, 0 },
    { "difference_update", set_difference_update_m, 0 },
    { "symmetric_difference", set_symmetric_difference_m, 0 },
    { "symmetric_difference_update", set_symmetric_difference_update_m, 0 },
    { "issubset", set_issubset_m, 0 },
    { "issuperset", set_issuperset_m, 0 },
    { "isdisjoint", set_isdisjoint_m, 0 },
    { "__class_getitem__", alias_class_getitem, METH_CLASS },
    { NULL, NULL, 0 },
};

static const MethodDef frozenset_methods[] = {
    { "copy", frozenset_copy_m, 0 },
    { "union", set_union_m, 0 },
    { "intersection", set_intersection_m, 0 },
    { "difference", set_difference_m, 0 },
    { "symmetric_difference", set_symmetric_difference_m, 0 },
    { "issubset", set_issubset_m, 0 },
    { "issuperset", set_issuperset_m, 0 },
    { "isdisjoint", set_isdisjoint_m, 0 },
    { "__class_getitem__", alias_class_getitem, METH_CLASS },
    { NULL, NULL, 0 },
};

TypeObj SetType = {
    .base = { .type = &TypeType },
    .name = "set",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(SetObj),
    .trace = set_trace,
    .finalize = set_finalize,
    .new_ = set_new_slot,
    .init = set_init,
    .repr = set_repr,
    .hash = type_hash_unhashable,
    .binary = set_binary,
    .inplace = set_inplace,
    .compare = set_compare,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .iter = set_iter,
    .methods = set_methods,
};

TypeObj FrozenSetType = {
    .base = { .type = &TypeType },
    .name = "frozenset",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(SetObj),
    .trace = set_trace,
    .finalize = set_finalize,
    .new_ = frozenset_new_slot,
    .repr = set_repr,
    .hash = frozenset_hash,
    .binary = set_binary,
    .compare = set_compare,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .iter = set_iter,
    .methods = frozenset_methods,
};

/* ---- iterator ---- */

static void setiter_trace(GC *gc, Obj *o)
{
    gc_mark_obj(gc, (Obj *)((SetIterObj *)o)->set);
}

static Value setiter_next(Thread *t, Value self)
{
    SetIterObj *it = (SetIterObj *)val_as_obj(self);
    SetObj *so = it->set;
    if (!so) return VAL_UNBOUND;
    if (it->used != so->used) {
        it->used = SIZE_MAX;    /* keep failing */
        return exc_raise(t, &RuntimeErrorType, "Set changed size during iteration");
    }
    size_t i = it->pos;
    while (i <= so->mask && !active(&so->table[i])) i++;
    if (i > so->mask) {
        it->set = NULL;
        return VAL_UNBOUND;
    }
    it->pos = i + 1;
    it->left--;
    return so->table[i].key;
}

static Value setiter_length_hint(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "set_iterator.__length_hint__", nargs, kwnames) < 0) return VAL_ERROR;
    SetIterObj *it = (SetIterObj *)val_as_obj(args[0]);
    if (!it->set || it->set->used != it->used) return val_from_small(0);
    return val_from_small((int64_t)it->left);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObj SetIterType = {
    .base = { .type = &TypeType },
    .name = "set_iterator",
    .base_type = &ObjectType,
    .instance_size = sizeof(SetIterObj),
    .trace = setiter_trace,
    .iter = op_iter_self,
    .next = setiter_next,
    .methods = setiter_methods,
};
