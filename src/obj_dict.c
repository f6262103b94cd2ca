/*
 * obj_dict.c -- dict, its views and iterators.
 *
 * Layout (obj_dict.h): `entries` is a dense array in insertion order
 * (deleted entries keep their place with key VAL_UNBOUND until the next
 * resize compacts them); `index` is an open-addressing table of int32
 * entry numbers, probed with CPython's recurrence
 * i = 5*i + 1 + perturb (perturb >>= 5 each step).  An empty dict owns no
 * arrays (index_size 0); the first insertion makes 8 slots.  A table
 * holds at most 2/3 of its slots in entries; when the entries run out it
 * is rebuilt for 3 * used, which grows it or, after many deletions,
 * shrinks it.  `usable` counts the insertions left until then: popitem
 * lets the next insertion reuse its entry, but not its index slot (that
 * stays a dummy), so it must not give the insertion back; otherwise the
 * index could run out of empty slots, which end every failed probe.
 *
 * Keys are compared by identity, then by hash, then with __eq__.  __eq__
 * is script code that may change the dict under our feet: lookups check
 * afterwards that the entry they compared is still in place, and start
 * over if not.  C code never keeps a DictEntry pointer across a call that
 * can run script code.
 */
#include <stdint.h>
#include "obj_dict.h"
#include "obj_alias.h"
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "obj_list.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_type.h"
#include "obj_tuple.h"
#include "ops.h"
#include "strbuf.h"

#define DICT_MINSIZE 8
#define MAX_INDEX_SIZE ((size_t)1 << 30)
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define IX_ERROR (-3)
#define PERTURB_SHIFT 5

static inline size_t usable_for(size_t size) { return (size << 1) / 3; }

typedef struct {
    Obj base;
    DictObj *dict;
} DictViewObj;

enum { ITER_KEYS, ITER_VALUES, ITER_ITEMS };

typedef struct {
    Obj base;
    DictObj *dict;              /* NULL once exhausted */
    size_t pos;                 /* next entry (reversed: one past it) */
    size_t used;                /* the dict's size when iteration began */
    size_t remaining;           /* items still expected */
    uint8_t kind;               /* ITER_KEYS, ITER_VALUES, ITER_ITEMS */
    bool reversed;
} DictIterObj;

#define VIEW(v) ((DictViewObj *)val_as_obj(v))

/* ---- hashing and probing ---- */

static int64_t key_hash(Thread *t, Value key)
{
    if (val_is_int(key)) {
        /* small ints are their own hash (48 bits < 2**61 - 1) */
        int64_t h = val_as_int(key);
        return h == -1 ? -2 : h;
    }
    if (str_check_exact(key)) return str_hash(STR(key));
    return op_hash(t, key);
}

/* A slot for a new entry: the first empty or dummy one on the probe
 * sequence. */
static size_t free_slot(const int32_t *index, size_t size, int64_t hash)
{
    size_t mask = size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (index[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* The index slot that refers to entry ix. */
static size_t slot_of(const DictObj *d, int64_t hash, int64_t ix)
{
    size_t mask = d->index_size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (d->index[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Does entry ix's key equal key (their hashes being equal)?  1, 0, -1 on
 * error, 2 when __eq__ changed the dict so that the search must restart. */
static int keys_match(Thread *t, DictObj *d, int64_t ix, Value key)
{
    Value k = d->entries[ix].key;
    if (str_check_exact(k) && str_check_exact(key)) return str_eq(STR(k), STR(key));
    if (val_both_int(k, key)) return 0;
    const DictEntry *ents = d->entries;
    gc_push_root(t, val_from_obj(d));
    gc_push_root(t, k);
    gc_push_root(t, key);
    int r = op_eq(t, k, key);
    gc_pop_roots(t, 3);
    if (r < 0) return -1;
    if (d->entries != ents || (size_t)ix >= d->nentries || d->entries[ix].key != k) return 2;
    return r;
}

/* The entry number of key, IX_EMPTY if absent, IX_ERROR on error. */
static int64_t lookup(Thread *t, DictObj *d, Value key, int64_t hash)
{
restart:
    if (d->index_size == 0) return IX_EMPTY;
    size_t mask = d->index_size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == IX_EMPTY) return IX_EMPTY;
        if (ix >= 0) {
            const DictEntry *e = &d->entries[ix];
            if (e->key == key) return ix;
            if (e->hash == hash) {
                int r = keys_match(t, d, ix, key);
                if (r == 2) goto restart;
                if (r < 0) return IX_ERROR;
                if (r) return ix;
                mask = d->index_size - 1;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Lookup for str keys: only a str can equal a str, so no script code. */
static int64_t str_lookup(const DictObj *d, StrObj *key, int64_t hash)
{
    if (d->index_size == 0) return IX_EMPTY;
    Value kv = val_from_obj(key);
    size_t mask = d->index_size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == IX_EMPTY) return IX_EMPTY;
        if (ix >= 0) {
            const DictEntry *e = &d->entries[ix];
            if (e->key == kv ||
                (e->hash == hash && str_check(e->key) && str_eq(STR(e->key), key)))
                return ix;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* ---- storage ---- */

/* Rebuilds the table with at least minsize index slots, dropping
 * deleted entries.  Never collects. */
static int dict_resize(Thread *t, DictObj *d, size_t minsize)
{
    size_t size = DICT_MINSIZE;
    while (size < minsize && size < MAX_INDEX_SIZE) size <<= 1;
    if (size < minsize || usable_for(size) < d->used) {
        exc_no_memory(t);
        return -1;
    }
    size_t cap = usable_for(size);
    DictEntry *ents = mem_alloc(t, cap * sizeof(DictEntry));
    if (!ents) return -1;
    int32_t *index = mem_alloc(t, size * sizeof(int32_t));
    if (!index) {
        mem_free(t->gc, ents, cap * sizeof(DictEntry));
        return -1;
    }
    memset(index, 0xff, size * sizeof(int32_t));   /* all IX_EMPTY */
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++) {
        const DictEntry *e = &d->entries[i];
        if (e->key == VAL_UNBOUND) continue;
        index[free_slot(index, size, e->hash)] = (int32_t)n;
        ents[n++] = *e;
    }
    if (d->entries) mem_free(t->gc, d->entries, d->entries_cap * sizeof(DictEntry));
    if (d->index) mem_free(t->gc, d->index, d->index_size * sizeof(int32_t));
    d->entries = ents;
    d->index = index;
    d->index_size = size;
    d->entries_cap = cap;
    d->usable = cap - n;
    d->nentries = n;
    dict_changed(d);
    dict_keys_changed(d);      /* entries moved: cached indexes are stale */
    return 0;
}

/* Makes an empty dict ready for n insertions. */
static int dict_presize(Thread *t, DictObj *d, size_t n)
{
    if (d->nentries != 0 || d->usable >= n) return 0;
    return dict_resize(t, d, (n * 3 + 1) / 2);
}

/* Appends an entry for a key known to be absent; there must be room. */
static void insert_new(DictObj *d, int64_t hash, Value key, Value value)
{
    d->index[free_slot(d->index, d->index_size, hash)] = (int32_t)d->nentries;
    d->entries[d->nentries++] = (DictEntry){ hash, key, value };
    d->used++;
    d->usable--;
    dict_changed(d);
    dict_keys_changed(d);
}

static int make_room(Thread *t, DictObj *d)
{
    if (d->usable > 0) return 0;
    return dict_resize(t, d, d->used * 3);
}

/* d[key] = value with the hash known.  key and value must be rooted. */
static int insert(Thread *t, DictObj *d, Value key, int64_t hash, Value value)
{
    int64_t ix = lookup(t, d, key, hash);
    if (ix == IX_ERROR) return -1;
    if (ix >= 0) {
        d->entries[ix].value = value;
        dict_changed(d);
        return 0;
    }
    if (make_room(t, d) < 0) return -1;
    insert_new(d, hash, key, value);
    return 0;
}

static void delete_entry(DictObj *d, int64_t ix)
{
    DictEntry *e = &d->entries[ix];
    d->index[slot_of(d, e->hash, ix)] = IX_DUMMY;
    e->key = VAL_UNBOUND;
    e->value = VAL_UNBOUND;
    d->used--;
    dict_changed(d);
    dict_keys_changed(d);
}

static void dict_release(GC *gc, DictObj *d)
{
    if (d->entries) mem_free(gc, d->entries, d->entries_cap * sizeof(DictEntry));
    if (d->index) mem_free(gc, d->index, d->index_size * sizeof(int32_t));
    d->entries = NULL;
    d->index = NULL;
    d->used = d->nentries = d->entries_cap = d->usable = d->index_size = 0;
    dict_changed(d);
    dict_keys_changed(d);
}

/* KeyError(key); key is rooted here, it may be a fresh message. */
static Value key_error(Thread *t, Value key)
{
    gc_push_root(t, key);
    Value e = exc_new(t, &KeyErrorType, &key, 1);
    gc_pop_roots(t, 1);
    return e == VAL_ERROR ? e : exc_raise_obj(t, e);
}

/* ---- the C API ---- */

uint64_t dict_keys_clock;

Value dict_new(Thread *t)
{
    DictObj *d = gc_alloc(t, &DictType, sizeof(DictObj));
    return d ? val_from_obj(d) : VAL_ERROR;
}

Value dict_get(Thread *t, DictObj *d, Value key)
{
    if (val_is_int(key) || str_check_exact(key)) {
        /* hashing cannot run script code; keys_match roots what it needs */
        int64_t ix = lookup(t, d, key, key_hash(t, key));
        return ix >= 0 ? d->entries[ix].value : ix == IX_EMPTY ? VAL_UNBOUND : VAL_ERROR;
    }
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, val_from_obj(d));
    gc_push_root(t, key);
    Value r = VAL_ERROR;
    int64_t hash = key_hash(t, key);
    if (hash != -1) {
        int64_t ix = lookup(t, d, key, hash);
        if (ix >= 0) r = d->entries[ix].value;
        else if (ix == IX_EMPTY) r = VAL_UNBOUND;
    }
    gc_root_reset(t, mark);
    return r;
}

int dict_set(Thread *t, DictObj *d, Value key, Value value)
{
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, val_from_obj(d));
    gc_push_root(t, key);
    gc_push_root(t, value);
    int64_t hash = key_hash(t, key);
    int rc = hash == -1 ? -1 : insert(t, d, key, hash, value);
    gc_root_reset(t, mark);
    return rc;
}

int dict_del(Thread *t, DictObj *d, Value key)
{
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, val_from_obj(d));
    gc_push_root(t, key);
    int rc = -1;
    int64_t hash = key_hash(t, key);
    if (hash != -1) {
        int64_t ix = lookup(t, d, key, hash);
        if (ix >= 0) {
            delete_entry(d, ix);
            rc = 0;
        } else if (ix == IX_EMPTY) {
            rc = 1;
        }
    }
    gc_root_reset(t, mark);
    return rc;
}

Value dict_get_str(DictObj *d, StrObj *key)
{
    int64_t ix = str_lookup(d, key, str_hash(key));
    return ix >= 0 ? d->entries[ix].value : VAL_UNBOUND;
}

int64_t dict_index_str(DictObj *d, StrObj *key)
{
    int64_t ix = str_lookup(d, key, str_hash(key));
    return ix >= 0 ? ix : -1;
}

int dict_set_str(Thread *t, DictObj *d, StrObj *key, Value value)
{
    int64_t hash = str_hash(key);
    int64_t ix = str_lookup(d, key, hash);
    if (ix >= 0) {
        d->entries[ix].value = value;
        dict_changed(d);
        return 0;
    }
    if (make_room(t, d) < 0) return -1;
    insert_new(d, hash, val_from_obj(key), value);
    return 0;
}

int dict_set_cstr(Thread *t, DictObj *d, const char *key, Value value)
{
    gc_push_root(t, val_from_obj(d));
    gc_push_root(t, value);
    StrObj *k = str_intern(t, key);
    int rc = k ? dict_set_str(t, d, k, value) : -1;
    gc_pop_roots(t, 2);
    return rc;
}

bool dict_next(DictObj *d, size_t *pos, Value *key, Value *value)
{
    while (*pos < d->nentries) {
        const DictEntry *e = &d->entries[(*pos)++];
        if (e->key == VAL_UNBOUND) continue;
        if (key) *key = e->key;
        if (value) *value = e->value;
        return true;
    }
    return false;
}

Value dict_copy(Thread *t, DictObj *d)
{
    gc_push_root(t, val_from_obj(d));
    Value r = dict_new(t);
    gc_pop_roots(t, 1);
    if (r == VAL_ERROR) return r;
    DictObj *c = DICT(r);
    if (dict_presize(t, c, d->used) < 0) return VAL_ERROR;
    for (size_t i = 0; i < d->nentries; i++) {
        const DictEntry *e = &d->entries[i];
        if (e->key != VAL_UNBOUND) insert_new(c, e->hash, e->key, e->value);
    }
    return r;
}

/* d.update(o) for a dict o: the stored hashes are reused. */
static int dict_merge(Thread *t, DictObj *d, DictObj *o)
{
    if (d == o || o->used == 0) return 0;
    if (d->used == 0 && dict_presize(t, d, o->used) < 0) return -1;
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, val_from_obj(d));
    gc_push_root(t, val_from_obj(o));
    int rc = 0;
    for (size_t i = 0; i < o->nentries && rc == 0; i++) {
        DictEntry e = o->entries[i];
        if (e.key == VAL_UNBOUND) continue;
        gc_push_root(t, e.key);
        gc_push_root(t, e.value);
        rc = insert(t, d, e.key, e.hash, e.value);
        gc_pop_roots(t, 2);
    }
    gc_root_reset(t, mark);
    return rc;
}

/* d.update(m) for a mapping m that is not a dict: keys() and m[k]. */
static int merge_mapping(Thread *t, DictObj *d, Value m, Value keys_fn)
{
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, keys_fn);
    int rc = -1;
    Value keys = op_call0(t, keys_fn);
    if (keys == VAL_ERROR) goto done;
    gc_push_root(t, keys);
    Value it = op_iter(t, keys);
    if (it == VAL_ERROR) goto done;
    gc_push_root(t, it);
    for (;;) {
        Value k = op_next(t, it);
        if (k == VAL_UNBOUND) break;
        if (k == VAL_ERROR) goto done;
        gc_push_root(t, k);
        Value v = op_getitem(t, m, k);
        if (v == VAL_ERROR || dict_set(t, d, k, v) < 0) goto done;
        gc_pop_roots(t, 1);
    }
    rc = 0;
done:
    gc_root_reset(t, mark);
    return rc;
}

/* One element of dict(pairs): its two items, as a list or tuple. */
static Value pair_items(Thread *t, Value item, size_t n)
{
    if (val_is_type(item, &TupleType) || val_is_type(item, &ListType)) return item;
    Value it = op_iter(t, item);
    if (it == VAL_ERROR) {
        if (exc_matches(t, &TypeErrorType)) {
            exc_clear(t);
            exc_raise(t, &TypeErrorType,
                      "cannot convert dictionary update sequence element #%zu to a sequence", n);
        }
        return VAL_ERROR;
    }
    gc_push_root(t, it);
    Value l = list_from_iterable(t, it);
    gc_pop_roots(t, 1);
    return l;
}

/* d.update(iterable of pairs) */
static int merge_pairs(Thread *t, DictObj *d, Value seq)
{
    uint32_t mark = gc_root_mark(t);
    int rc = -1;
    Value it = op_iter(t, seq);
    if (it == VAL_ERROR) goto done;
    gc_push_root(t, it);
    for (size_t n = 0;; n++) {
        Value item = op_next(t, it);
        if (item == VAL_UNBOUND) break;
        if (item == VAL_ERROR) goto done;
        gc_push_root(t, item);
        Value pair = pair_items(t, item, n);
        if (pair == VAL_ERROR) goto done;
        gc_push_root(t, pair);
        bool is_tuple = val_is_type(pair, &TupleType);
        size_t len = is_tuple ? TUPLE(pair)->len : LIST(pair)->len;
        if (len != 2) {
            exc_raise(t, &ValueErrorType,
                      "dictionary update sequence element #%zu has length %zu; 2 is required", n, len);
            goto done;
        }
        const Value *kv = is_tuple ? TUPLE(pair)->items : LIST(pair)->items;
        if (dict_set(t, d, kv[0], kv[1]) < 0) goto done;
        gc_pop_roots(t, 2);
    }
    rc = 0;
done:
    gc_root_reset(t, mark);
    return rc;
}

int dict_update(Thread *t, DictObj *d, Value other)
{
    if (dict_check(other) && val_type(other)->iter == DictType.iter)
        return dict_merge(t, d, DICT(other));
    gc_push_root(t, val_from_obj(d));
    StrObj *name = str_intern(t, "keys");
    Value keys_fn = name ? op_getattr_opt(t, other, name) : VAL_ERROR;
    int rc;
    if (keys_fn == VAL_ERROR) rc = -1;
    else if (keys_fn != VAL_UNBOUND) rc = merge_mapping(t, d, other, keys_fn);
    else rc = merge_pairs(t, d, other);
    gc_pop_roots(t, 1);
    return rc;
}

/* The keyword arguments of a call (their values follow the nargs
 * positional ones; args may be NULL when there are none). */
static int update_kwargs(Thread *t, DictObj *d, const Value *args, int nargs, TupleObj *kwnames)
{
    for (size_t i = 0; kwnames && i < kwnames->len; i++)
        if (dict_set_str(t, d, STR(kwnames->items[i]), args[nargs + (int)i]) < 0) return -1;
    return 0;
}

/* ---- slots ---- */

static void dict_trace(GC *gc, Obj *o)
{
    DictObj *d = (DictObj *)o;
    for (size_t i = 0; i < d->nentries; i++) {
        gc_mark_value(gc, d->entries[i].key);
        gc_mark_value(gc, d->entries[i].value);
    }
}

static void dict_finalize(GC *gc, Obj *o)
{
    dict_release(gc, (DictObj *)o);
}

static Value dict_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    DictObj *d = gc_alloc(t, cls, cls->instance_size);
    return d ? val_from_obj(d) : VAL_ERROR;
}

static Value dict_init(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_count(t, "dict", nargs, 0, 1) < 0) return VAL_ERROR;
    if (nargs && dict_update(t, DICT(self), args[0]) < 0) return VAL_ERROR;
    if (update_kwargs(t, DICT(self), args, nargs, kwnames) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value dict_repr(Thread *t, Value self)
{
    DictObj *d = DICT(self);
    if (d->used == 0) return str_from_cstr(t, "{}");
    int r = repr_enter(t, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_from_cstr(t, "{...}");
    StrBuf b;
    strbuf_init(&b);
    strbuf_putc(&b, '{');
    bool first = true;
    for (size_t i = 0; i < d->nentries; i++) {
        Value k = d->entries[i].key, v = d->entries[i].value;
        if (k == VAL_UNBOUND) continue;
        gc_push_root(t, k);
        gc_push_root(t, v);
        Value ks = op_repr(t, k), vs = VAL_ERROR;
        if (ks != VAL_ERROR) {
            if (!first) strbuf_puts(&b, ", ");
            strbuf_put_str(&b, ks);
            strbuf_puts(&b, ": ");
            vs = op_repr(t, v);
            if (vs != VAL_ERROR) strbuf_put_str(&b, vs);
        }
        gc_pop_roots(t, 2);
        if (vs == VAL_ERROR) {
            strbuf_free(&b);
            repr_leave(t, self);
            return VAL_ERROR;
        }
        first = false;
    }
    strbuf_putc(&b, '}');
    repr_leave(t, self);
    return strbuf_finish(t, &b);
}

static int dict_equal(Thread *t, DictObj *a, DictObj *b)
{
    if (a->used != b->used) return 0;
    for (size_t i = 0; i < a->nentries; i++) {
        DictEntry e = a->entries[i];
        if (e.key == VAL_UNBOUND) continue;
        gc_push_root(t, e.key);
        gc_push_root(t, e.value);
        int64_t ix = lookup(t, b, e.key, e.hash);
        int r = ix == IX_ERROR ? -1 : ix < 0 ? 0 : op_eq_item(t, e.value, b->entries[ix].value);
        gc_pop_roots(t, 2);
        if (r <= 0) return r;
    }
    return 1;
}

static Value dict_compare(Thread *t, CmpOp op, Value a, Value b)
{
    if ((op != CMP_EQ && op != CMP_NE) || !dict_check(a) || !dict_check(b)) return VAL_NOTIMPL;
    int r = dict_equal(t, DICT(a), DICT(b));
    if (r < 0) return VAL_ERROR;
    return val_from_bool(r == (op == CMP_EQ));
}

static int64_t dict_len_slot(Thread *t, Value self)
{
    (void)t;
    return (int64_t)DICT(self)->used;
}

static Value dict_getitem(Thread *t, Value self, Value key)
{
    Value v = dict_get(t, DICT(self), key);
    if (v != VAL_UNBOUND) return v;
    if (!val_is_type(self, &DictType)) {
        Value missing = type_lookup(val_type(self), NAME(t, missing));
        if (missing != VAL_UNBOUND) return op_call2(t, missing, self, key);
    }
    return key_error(t, key);
}

static int dict_setitem(Thread *t, Value self, Value key, Value value)
{
    if (value != VAL_UNBOUND) return dict_set(t, DICT(self), key, value);
    int r = dict_del(t, DICT(self), key);
    if (r == 1) key_error(t, key);
    return r == 0 ? 0 : -1;
}

static int dict_contains(Thread *t, Value self, Value key)
{
    Value v = dict_get(t, DICT(self), key);
    return v == VAL_ERROR ? -1 : v != VAL_UNBOUND;
}

static Value dictiter_new(Thread *t, DictObj *d, int kind, bool reversed)
{
    DictIterObj *it = gc_alloc(t, &DictIterType, sizeof(DictIterObj));
    if (!it) return VAL_ERROR;
    it->dict = d;
    it->used = it->remaining = d->used;
    it->pos = reversed ? d->nentries : 0;
    it->kind = (uint8_t)kind;
    it->reversed = reversed;
    return val_from_obj(it);
}

static Value dict_iter(Thread *t, Value self)
{
    return dictiter_new(t, DICT(self), ITER_KEYS, false);
}

static Value dict_binary(Thread *t, BinOp op, Value a, Value b)
{
    if (op != BINOP_OR || !dict_check(a) || !dict_check(b)) return VAL_NOTIMPL;
    Value r = dict_copy(t, DICT(a));
    if (r == VAL_ERROR) return r;
    gc_push_root(t, r);
    int rc = dict_update(t, DICT(r), b);
    gc_pop_roots(t, 1);
    return rc < 0 ? VAL_ERROR : r;
}

static Value dict_inplace(Thread *t, BinOp op, Value a, Value b)
{
    if (op != BINOP_OR) return VAL_NOTIMPL;
    return dict_update(t, DICT(a), b) < 0 ? VAL_ERROR : a;
}

/* ---- methods ---- */

static int method_args(Thread *t, const char *name, int nargs, TupleObj *kwnames, int min, int max)
{
    if (arg_no_kw(t, name, kwnames) < 0 || arg_count(t, name, nargs - 1, min, max) < 0) return -1;
    return 0;
}

static Value dict_get_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "get", nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    Value v = dict_get(t, DICT(args[0]), args[1]);
    if (v != VAL_UNBOUND) return v;
    return nargs > 2 ? args[2] : VAL_NONE;
}

static Value dict_setdefault_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "setdefault", nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    Value v = dict_get(t, DICT(args[0]), args[1]);
    if (v != VAL_UNBOUND) return v;
    Value dflt = nargs > 2 ? args[2] : VAL_NONE;
    return dict_set(t, DICT(args[0]), args[1], dflt) < 0 ? VAL_ERROR : dflt;
}

static Value dict_pop_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "pop", nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    DictObj *d = DICT(args[0]);
    int64_t hash = key_hash(t, args[1]);
    if (hash == -1) return VAL_ERROR;
    int64_t ix = lookup(t, d, args[1], hash);
    if (ix == IX_ERROR) return VAL_ERROR;
    if (ix < 0) return nargs > 2 ? args[2] : key_error(t, args[1]);
    Value v = d->entries[ix].value;
    delete_entry(d, ix);
    return v;
}

static Value dict_popitem_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "dict.popitem", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    DictObj *d = DICT(args[0]);
    if (d->used == 0) {
        Value msg = str_from_cstr(t, "popitem(): dictionary is empty");
        return msg == VAL_ERROR ? msg : key_error(t, msg);
    }
    size_t i = d->nentries;
    while (d->entries[i - 1].key == VAL_UNBOUND) i--;
    Value r = tuple_pack(t, 2, d->entries[i - 1].key, d->entries[i - 1].value);
    if (r == VAL_ERROR) return r;
    delete_entry(d, (int64_t)(i - 1));
    /* the last entry is free again: popitem after popitem stays O(1) */
    d->nentries = i - 1;
    return r;
}

static Value dict_update_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_count(t, "update", nargs - 1, 0, 1) < 0) return VAL_ERROR;
    DictObj *d = DICT(args[0]);
    if (nargs > 1 && dict_update(t, d, args[1]) < 0) return VAL_ERROR;
    if (update_kwargs(t, d, args, nargs, kwnames) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value view_new(Thread *t, TypeObj *type, Value dict)
{
    DictViewObj *v = gc_alloc(t, type, sizeof(DictViewObj));
    if (!v) return VAL_ERROR;
    v->dict = DICT(dict);
    return val_from_obj(v);
}

static Value dict_keys_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "dict.keys", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return view_new(t, &DictKeysType, args[0]);
}

static Value dict_values_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "dict.values", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return view_new(t, &DictValuesType, args[0]);
}

static Value dict_items_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "dict.items", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return view_new(t, &DictItemsType, args[0]);
}

static Value dict_copy_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "dict.copy", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return dict_copy(t, DICT(args[0]));
}

static Value dict_clear_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "dict.clear", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    dict_release(t->gc, DICT(args[0]));
    return VAL_NONE;
}

/* dict.fromkeys(iterable, value=None), a class method: args[0] is the
 * class. */
static Value dict_fromkeys_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "fromkeys", nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    Value value = nargs > 2 ? args[2] : VAL_NONE;
    uint32_t mark = gc_root_mark(t);
    Value d = args[0] == val_from_obj(&DictType) ? dict_new(t) : op_call0(t, args[0]);
    if (d == VAL_ERROR) return d;
    gc_push_root(t, d);
    Value r = VAL_ERROR;
    Value it = op_iter(t, args[1]);
    if (it == VAL_ERROR) goto done;
    gc_push_root(t, it);
    bool exact = val_is_type(d, &DictType);
    for (;;) {
        Value k = op_next(t, it);
        if (k == VAL_UNBOUND) break;
        if (k == VAL_ERROR) goto done;
        int rc = exact ? dict_set(t, DICT(d), k, value) : op_setitem(t, d, k, value);
        if (rc < 0) goto done;
    }
    r = d;
done:
    gc_root_reset(t, mark);
    return r;
}

static Value dict_reversed_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "dict.__reversed__", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return dictiter_new(t, DICT(args[0]), ITER_KEYS, true);
}

static const MethodDef dict_methods[] = {
    { "get", dict_get_m, 0 },
    { "setdefault", dict_setdefault_m, 0 },
    { "pop", dict_pop_m, 0 },
    { "popitem", dict_popitem_m, 0 },
    { "update", dict_update_m, 0 },
    { "keys", dict_keys_m, 0 },
    { "values", dict_values_m, 0 },
    { "items", dict_items_m, 0 },
    { "copy", dict_copy_m, 0 },
    { "clear", dict_clear_m, 0 },
    { "fromkeys", dict_fromkeys_m, METH_CLASS },
    { "__reversed__", dict_reversed_m, 0 },
    { "__class_getitem__", alias_class_getitem, METH_CLASS },
    { NULL, NULL, 0 },
};

TypeObj DictType = {
    .base = { .type = &TypeType },
    .name = "dict",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(DictObj),
    .trace = dict_trace,
    .finalize = dict_finalize,
    .new_ = dict_new_slot,
    .init = dict_init,
    .repr = dict_repr,
    .hash = type_hash_unhashable,
    .binary = dict_binary,
    .inplace = dict_inplace,
    .compare = dict_compare,
    .len = dict_len_slot,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .iter = dict_iter,
    .methods = dict_methods,
};

/* ---- views ---- */

static void view_trace(GC *gc, Obj *o)
{
    gc_mark_obj(gc, (Obj *)((DictViewObj *)o)->dict);
}

static int view_kind(Value v)
{
    TypeObj *tp = val_as_obj(v)->type;
    return tp == &DictKeysType ? ITER_KEYS : tp == &DictValuesType ? ITER_VALUES : ITER_ITEMS;
}

static int64_t view_len(Thread *t, Value self)
{
    (void)t;
    return (int64_t)VIEW(self)->dict->used;
}

static Value view_iter(Thread *t, Value self)
{
    return dictiter_new(t, VIEW(self)->dict, view_kind(self), false);
}

static Value view_reversed_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "__reversed__", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return dictiter_new(t, VIEW(args[0])->dict, view_kind(args[0]), true);
}

static Value view_repr(Thread *t, Value self)
{
    const char *name = val_as_obj(self)->type->name;
    int r = repr_enter(t, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_from_cstr(t, "...");
    Value result = VAL_ERROR;
    Value items = list_from_iterable(t, self);
    if (items != VAL_ERROR) {
        gc_push_root(t, items);
        Value s = op_repr(t, items);
        gc_pop_roots(t, 1);
        if (s != VAL_ERROR) {
            StrBuf b;
            strbuf_init(&b);
            strbuf_printf(&b, "%s(", name);
            strbuf_put_str(&b, s);
            strbuf_putc(&b, ')');
            result = strbuf_finish(t, &b);
        }
    }
    repr_leave(t, self);
    return result;
}

static int keys_contains(Thread *t, Value self, Value key)
{
    Value v = dict_get(t, VIEW(self)->dict, key);
    return v == VAL_ERROR ? -1 : v != VAL_UNBOUND;
}

/* (k, v) in d.items() */
static int items_contains(Thread *t, Value self, Value item)
{
    if (!tuple_check(item) || TUPLE(item)->len != 2) return 0;
    Value v = dict_get(t, VIEW(self)->dict, TUPLE(item)->items[0]);
    if (v == VAL_ERROR) return -1;
    if (v == VAL_UNBOUND) return 0;
    return op_eq_item(t, v, TUPLE(item)->items[1]);
}

static int values_contains(Thread *t, Value self, Value item)
{
    DictObj *d = VIEW(self)->dict;
    for (size_t i = 0; i < d->nentries; i++) {
        Value v = d->entries[i].value;
        if (d->entries[i].key == VAL_UNBOUND) continue;
        int r = op_eq_item(t, v, item);
        if (r) return r;
    }
    return 0;
}

static bool is_setlike(Value v)
{
    return set_check(v) || val_is_type(v, &DictKeysType) || val_is_type(v, &DictItemsType);
}

/* Is every item of a in b? */
static int all_contained_in(Thread *t, Value a, Value b)
{
    Value it = op_iter(t, a);
    if (it == VAL_ERROR) return -1;
    gc_push_root(t, it);
    int r = 1;
    while (r == 1) {
        Value x = op_next(t, it);
        if (x == VAL_UNBOUND) break;
        if (x == VAL_ERROR) {
            r = -1;
            break;
        }
        gc_push_root(t, x);
        r = op_contains(t, b, x);
        gc_pop_roots(t, 1);
    }
    gc_pop_roots(t, 1);
    return r;
}

/* keys and items views compare like sets. */
static Value view_compare(Thread *t, CmpOp op, Value a, Value b)
{
    if (!is_setlike(a) || !is_setlike(b)) return VAL_NOTIMPL;
    int64_t la = op_len(t, a), lb = op_len(t, b);
    if (la < 0 || lb < 0) return VAL_ERROR;
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE: r = la == lb ? all_contained_in(t, a, b) : 0; break;
    case CMP_LT: r = la < lb ? all_contained_in(t, a, b) : 0; break;
    case CMP_LE: r = la <= lb ? all_contained_in(t, a, b) : 0; break;
    case CMP_GT: r = la > lb ? all_contained_in(t, b, a) : 0; break;
    default: r = la >= lb ? all_contained_in(t, b, a) : 0; break;
    }
    if (r < 0) return VAL_ERROR;
    return val_from_bool(op == CMP_NE ? !r : r);
}

/* view & other: iterates the smaller side, like CPython. */
static Value view_intersect(Thread *t, Value view, Value other)
{
    int64_t lv = op_len(t, view);
    if (lv < 0) return VAL_ERROR;
    if (val_is_type(other, &SetType) && (size_t)lv <= set_len(other)) {
        Value r = set_new(t, &SetType);
        if (r == VAL_ERROR) return r;
        gc_push_root(t, r);
        int rc = set_update(t, r, other);
        if (rc == 0) rc = set_update_op(t, r, BINOP_AND, view);
        gc_pop_roots(t, 1);
        return rc < 0 ? VAL_ERROR : r;
    }
    if (is_setlike(other) && !set_check(other)) {
        int64_t lo = op_len(t, other);
        if (lo < 0) return VAL_ERROR;
        if (lo > lv) {
            Value tmp = view;
            view = other;
            other = tmp;
        }
    }
    uint32_t mark = gc_root_mark(t);
    Value r = set_new(t, &SetType);
    if (r == VAL_ERROR) return r;
    gc_push_root(t, r);
    Value it = op_iter(t, other);
    if (it == VAL_ERROR) goto fail;
    gc_push_root(t, it);
    for (;;) {
        Value x = op_next(t, it);
        if (x == VAL_UNBOUND) break;
        if (x == VAL_ERROR) goto fail;
        gc_push_root(t, x);
        int in = op_contains(t, view, x);
        if (in < 0 || (in && set_add(t, r, x) < 0)) goto fail;
        gc_pop_roots(t, 1);
    }
    gc_root_reset(t, mark);
    return r;
fail:
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

/* & | - ^ of keys and items views give sets: set(a) op= b. */
static Value view_binary(Thread *t, BinOp op, Value a, Value b)
{
    if (op != BINOP_AND && op != BINOP_OR && op != BINOP_SUB && op != BINOP_XOR) return VAL_NOTIMPL;
    if (op == BINOP_AND) {
        bool a_view = val_is_type(a, &DictKeysType) || val_is_type(a, &DictItemsType);
        return a_view ? view_intersect(t, a, b) : view_intersect(t, b, a);
    }
    Value r = set_new(t, &SetType);
    if (r == VAL_ERROR) return r;
    gc_push_root(t, r);
    int rc = set_update(t, r, a);
    if (rc == 0) rc = set_update_op(t, r, op, b);
    gc_pop_roots(t, 1);
    return rc < 0 ? VAL_ERROR : r;
}

static const MethodDef view_methods[] = {
    { "__reversed__", view_reversed_m, 0 },
    { NULL, NULL, 0 },
};

TypeObj DictKeysType = {
    .base = { .type = &TypeType },
    .name = "dict_keys",
    .base_type = &ObjectType,
    .instance_size = sizeof(DictViewObj),
    .trace = view_trace,
    .repr = view_repr,
    .binary = view_binary,
    .compare = view_compare,
    .len = view_len,
    .contains = keys_contains,
    .iter = view_iter,
    .methods = view_methods,
};

TypeObj DictValuesType = {
    .base = { .type = &TypeType },
    .name = "dict_values",
    .base_type = &ObjectType,
    .instance_size = sizeof(DictViewObj),
    .trace = view_trace,
    .repr = view_repr,
    .len = view_len,
    .contains = values_contains,
    .iter = view_iter,
    .methods = view_methods,
};

TypeObj DictItemsType = {
    .base = { .type = &TypeType },
    .name = "dict_items",
    .base_type = &ObjectType,
    .instance_size = sizeof(DictViewObj),
    .trace = view_trace,
    .repr = view_repr,
    .binary = view_binary,
    .compare = view_compare,
    .len = view_len,
    .contains = items_contains,
    .iter = view_iter,
    .methods = view_methods,
};

/* ---- iterator ---- */

static void dictiter_trace(GC *gc, Obj *o)
{
    gc_mark_obj(gc, (Obj *)((DictIterObj *)o)->dict);
}

static Value dictiter_next(Thread *t, Value self)
{
    DictIterObj *it = (DictIterObj *)val_as_obj(self);
    DictObj *d = it->dict;
    if (!d) return VAL_UNBOUND;
    if (d->used != it->used) {
        it->used = SIZE_MAX;    /* keep failing */
        return exc_raise(t, &RuntimeErrorType, "dictionary changed size during iteration");
    }
    const DictEntry *e = NULL;
    if (it->reversed) {
        if (it->pos > d->nentries) it->pos = d->nentries;
        while (it->pos > 0 && d->entries[it->pos - 1].key == VAL_UNBOUND) it->pos--;
        if (it->pos > 0) e = &d->entries[--it->pos];
    } else {
        while (it->pos < d->nentries && d->entries[it->pos].key == VAL_UNBOUND) it->pos++;
        if (it->pos < d->nentries) e = &d->entries[it->pos++];
    }
    if (!e) {
        it->dict = NULL;
        return VAL_UNBOUND;
    }
    if (it->remaining == 0) {
        it->dict = NULL;
        return exc_raise(t, &RuntimeErrorType, "dictionary keys changed during iteration");
    }
    it->remaining--;
    switch (it->kind) {
    case ITER_KEYS: return e->key;
    case ITER_VALUES: return e->value;
    default: return tuple_pack(t, 2, e->key, e->value);
    }
}

static Value dictiter_length_hint(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "dict_keyiterator.__length_hint__", nargs, kwnames) < 0) return VAL_ERROR;
    DictIterObj *it = (DictIterObj *)val_as_obj(args[0]);
    if (!it->dict || it->dict->used != it->used) return val_from_small(0);
    return val_from_small((int64_t)it->remaining);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObj DictIterType = {
    .base = { .type = &TypeType },
    .name = "dict_keyiterator",
    .base_type = &ObjectType,
    .instance_size = sizeof(DictIterObj),
    .trace = dictiter_trace,
    .iter = op_iter_self,
    .next = dictiter_next,
    .methods = dictiter_methods,
};
