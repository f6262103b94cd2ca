/*
 * mod_random.c -- the _random module: the Mersenne Twister (MT19937)
 * behind stdlib/random.as.  _random.Random holds the generator state; the
 * aster Random class subclasses it and builds every distribution on
 * random() and getrandbits(), as CPython's random.py does on its C core.
 *
 * Seeding copies CPython exactly so a seed gives the same sequence: an
 * int seed is split into 32-bit words (least significant first) of its
 * absolute value and fed to init_by_array; any other seed goes through
 * hash(), taken as an unsigned 64-bit number; None reads the OS entropy
 * source (the time and pid when that fails).
 */
#include <errno.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_bytes.h"
#include "obj_int.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "sha512.h"

#define MT_N 624
#define MT_M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

typedef struct {
    Obj base;
    int index;                  /* next word of mt to temper; MT_N: regenerate */
    uint32_t mt[MT_N];
} RandomObj;

#define RANDOM(v) ((RandomObj *)val_as_obj(v))

TypeObj RandomType;

/* ---- the generator ------------------------------------------------------- */

static void init_genrand(RandomObj *r, uint32_t s)
{
    uint32_t *mt = r->mt;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(RandomObj *r, const uint32_t *key, size_t len)
{
    uint32_t *mt = r->mt;
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;        /* non-zero initial state */
}

static inline uint32_t twist(uint32_t a, uint32_t b, uint32_t far)
{
    uint32_t y = (a & UPPER_MASK) | (b & LOWER_MASK);
    return far ^ (y >> 1) ^ ((y & 1U) ? MATRIX_A : 0U);
}

static uint32_t next_word(RandomObj *r)
{
    uint32_t *mt = r->mt;
    if (r->index >= MT_N) {
        int k = 0;
        for (; k < MT_N - MT_M; k++) mt[k] = twist(mt[k], mt[k + 1], mt[k + MT_M]);
        for (; k < MT_N - 1; k++) mt[k] = twist(mt[k], mt[k + 1], mt[k + MT_M - MT_N]);
        mt[MT_N - 1] = twist(mt[MT_N - 1], mt[0], mt[MT_M - 1]);
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

/* ---- seeding ------------------------------------------------------------- */

static void seed_from_entropy(RandomObj *r)
{
    uint32_t key[MT_N];
    if (getrandom(key, sizeof key, 0) == (ssize_t)sizeof key) {
        init_by_array(r, key, MT_N);
        return;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t k[4] = {(uint32_t)ts.tv_sec, (uint32_t)((uint64_t)ts.tv_sec >> 32), (uint32_t)ts.tv_nsec,
                     (uint32_t)getpid()};
    init_by_array(r, k, 4);
}

/* Seeds from n >= 0, its 32-bit words least significant first. */
static int seed_from_mpz(Thread *t, RandomObj *r, mpz_t n)
{
    size_t words = mpz_sizeinbase(n, 2);
    words = mpz_sgn(n) == 0 ? 1 : (words + 31) / 32;
    uint32_t *key = mem_alloc(t, words * sizeof(uint32_t));
    if (!key) return -1;
    key[0] = 0;
    mpz_export(key, NULL, -1, sizeof(uint32_t), 0, 0, n);
    init_by_array(r, key, words);
    mem_free(t->gc, key, words * sizeof(uint32_t));
    return 0;
}

static int seed_with(Thread *t, RandomObj *r, Value arg)
{
    if (arg == VAL_UNBOUND || arg == VAL_NONE) {
        seed_from_entropy(r);
        return 0;
    }
    mpz_t n;
    mpz_init(n);
    if (int_check(arg)) {
        int_to_mpz(arg, n);
        mpz_abs(n, n);
    } else {
        int64_t h = op_hash(t, arg);
        if (h == -1 && exc_pending(t)) {
            mpz_clear(n);
            return -1;
        }
        mpz_import(n, 1, -1, sizeof(uint64_t), 0, 0, &(uint64_t){(uint64_t)h});
    }
    int r_ = seed_from_mpz(t, r, n);
    mpz_clear(n);
    return r_;
}

/* ---- the type ------------------------------------------------------------ */

static Value random_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    RandomObj *r = gc_alloc(t, cls, cls->instance_size);
    if (!r) return VAL_ERROR;
    init_genrand(r, 19650218U);
    return val_from_obj(r);
}

/* _random.Random(seed=None); a subclass's __init__ replaces this. */
static Value random_init(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "Random", kwnames) < 0) return VAL_ERROR;
    if (nargs > 1) return exc_raise(t, &TypeErrorType, "Random() requires 0 or 1 argument");
    return seed_with(t, RANDOM(self), nargs ? args[0] : VAL_NONE) < 0 ? VAL_ERROR : VAL_NONE;
}

#define METHOD(name) static Value name(Thread *t, Value *args, int nargs, TupleObj *kwnames)

/* args[0] is self for every method: checks it is a Random. */
static int self_arg(Thread *t, const char *name, Value *args, int nargs, TupleObj *kwnames, int min,
                    int max)
{
    if (nargs < 1 || !val_isinstance(args[0], &RandomType)) {
        exc_raise(t, &TypeErrorType, "descriptor '%s' requires a '_random.Random' object", name);
        return -1;
    }
    if (arg_no_kw(t, name, kwnames) < 0) return -1;
    return arg_count(t, name, nargs - 1, min, max);
}

/* random() -> float in [0, 1) with 53 random bits. */
METHOD(random_random)
{
    if (self_arg(t, "random", args, nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    RandomObj *r = RANDOM(args[0]);
    uint32_t a = next_word(r) >> 5, b = next_word(r) >> 6;
    return val_from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

METHOD(random_seed)
{
    if (self_arg(t, "seed", args, nargs, kwnames, 0, 1) < 0) return VAL_ERROR;
    return seed_with(t, RANDOM(args[0]), nargs > 1 ? args[1] : VAL_NONE) < 0 ? VAL_ERROR : VAL_NONE;
}

/* getrandbits(k) -> an int of k random bits: 32-bit words, least
 * significant first, the last one cut to the bits left. */
METHOD(random_getrandbits)
{
    if (self_arg(t, "getrandbits", args, nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t k;
    if (op_index(t, args[1], &k) < 0) return VAL_ERROR;
    if (k < 0) return exc_raise(t, &ValueErrorType, "number of bits must be non-negative");
    RandomObj *r = RANDOM(args[0]);
    if (k <= 32) return val_from_small(k == 0 ? 0 : (int64_t)(next_word(r) >> (32 - k)));
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = mem_alloc(t, words * sizeof(uint32_t));
    if (!w) return VAL_ERROR;
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t v = next_word(r);
        w[i] = k < 32 ? v >> (32 - k) : v;
    }
    mpz_t n;
    mpz_init(n);
    mpz_import(n, words, -1, sizeof(uint32_t), 0, 0, w);
    mem_free(t->gc, w, words * sizeof(uint32_t));
    Value result = int_from_mpz(t, n);
    mpz_clear(n);
    return result;
}

/* getstate() -> a tuple of the 624 state words and the index. */
METHOD(random_getstate)
{
    if (self_arg(t, "getstate", args, nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    Value tup = tuple_new(t, MT_N + 1);
    if (tup == VAL_ERROR) return VAL_ERROR;
    RandomObj *r = RANDOM(args[0]);
    TupleObj *tp = (TupleObj *)val_as_obj(tup);
    for (int i = 0; i < MT_N; i++) tp->items[i] = val_from_small(r->mt[i]);
    tp->items[MT_N] = val_from_small(r->index);
    return tup;
}

METHOD(random_setstate)
{
    if (self_arg(t, "setstate", args, nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value state = args[1];
    if (!tuple_check(state)) return exc_raise(t, &TypeErrorType, "state vector must be a tuple");
    TupleObj *tp = (TupleObj *)val_as_obj(state);
    if (tp->len != MT_N + 1) return exc_raise(t, &ValueErrorType, "state vector is the wrong size");
    uint32_t mt[MT_N];
    for (int i = 0; i <= MT_N; i++) {
        Value v = tp->items[i];
        if (!int_check(v))
            return exc_raise(t, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                             type_name(val_type(v)));
        if (int_sign(v) < 0) return exc_raise(t, &OverflowErrorType, "can't convert negative int to unsigned");
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        bool fits = mpz_sizeinbase(z, 2) <= 64;
        uint64_t u = mpz_getlimbn(z, 0);
        mpz_clear(z);
        if (!fits) return exc_raise(t, &OverflowErrorType, "Python int too large to convert to C unsigned long");
        if (i < MT_N) {
            mt[i] = (uint32_t)u;
        } else {
            if (u > MT_N) return exc_raise(t, &ValueErrorType, "invalid state");
            RandomObj *r = RANDOM(args[0]);
            memcpy(r->mt, mt, sizeof mt);
            r->index = (int)u;
        }
    }
    return VAL_NONE;
}

static const MethodDef random_methods[] = {
    {"random", random_random, 0},
    {"seed", random_seed, 0},
    {"getrandbits", random_getrandbits, 0},
    {"getstate", random_getstate, 0},
    {"setstate", random_setstate, 0},
    {NULL, NULL, 0},
};

TypeObj RandomType = {
    .base = { .type = &TypeType },
    .name = "_random.Random",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(RandomObj),
    .new_ = random_new_slot,
    .init = random_init,
    .methods = random_methods,
};

/* _sha512(data) -> the SHA-512 digest of bytes, for Random.seed(str). */
static Value sha512_digest(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "_sha512", kwnames) < 0 || arg_count(t, "_sha512", nargs, 1, 1) < 0) return VAL_ERROR;
    if (!bytes_check(args[0])) return exc_raise(t, &TypeErrorType, "_sha512() argument must be bytes");
    BytesObj *b = (BytesObj *)val_as_obj(args[0]);
    unsigned char digest[SHA512_DIGEST_SIZE];
    sha512(b->data, b->len, digest);
    return bytes_new(t, digest, sizeof digest);
}

/* _urandom(n) -> n bytes from the OS entropy source, for SystemRandom. */
static Value urandom_bytes(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "_urandom", kwnames) < 0 || arg_count(t, "_urandom", nargs, 1, 1) < 0) return VAL_ERROR;
    int64_t n;
    if (op_index(t, args[0], &n) < 0) return VAL_ERROR;
    if (n < 0) return exc_raise(t, &ValueErrorType, "negative argument not allowed");
    unsigned char *buf = mem_alloc(t, (size_t)n + 1);
    if (!buf) return VAL_ERROR;
    for (size_t done = 0; done < (size_t)n;) {
        ssize_t got = getrandom(buf + done, (size_t)n - done, 0);
        if (got < 0) {
            if (errno == EINTR) continue;
            mem_free(t->gc, buf, (size_t)n + 1);
            return exc_raise_oserror(t, errno, VAL_UNBOUND);
        }
        done += (size_t)got;
    }
    Value r = bytes_new(t, buf, (size_t)n);
    mem_free(t->gc, buf, (size_t)n + 1);
    return r;
}

static const MethodDef random_functions[] = {
    {"_sha512", sha512_digest, 0},
    {"_urandom", urandom_bytes, 0},
    {NULL, NULL, 0},
};

Value mod_random_init(Thread *t)
{
    static TypeObj *const types[] = { &RandomType, NULL };
    if (module_init_types(t, types) < 0) return VAL_ERROR;
    Value m = module_new(t, "_random");
    if (m == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, m);
    int ok = module_add_functions(t, m, random_functions) == 0 &&
             module_add(t, m, "Random", val_from_obj(&RandomType)) == 0;
    gc_pop_roots(t, 1);
    return ok ? m : VAL_ERROR;
}
