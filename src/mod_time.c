/*
 * mod_time.c -- the time module.
 *
 * Every "current time" goes through clock.c, so --virtual-time makes
 * time.time(), time.sleep(), time.localtime() and time.strftime() follow
 * the virtual clock.  Under virtual time the local time zone is UTC, as
 * the reference runs (tools/pyvt.py) set TZ=UTC: output does not depend
 * on the machine.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "builtins.h"
#include "args.h"
#include "clock.h"
#include "interrupt.h"
#include "exc.h"
#include "gc.h"
#include "import.h"
#include "interp.h"
#include "module.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "strbuf.h"

static const GetSetDef struct_time_fields[] = {
    STRUCTSEQ_FIELD("tm_year", 0),
    STRUCTSEQ_FIELD("tm_mon", 1),
    STRUCTSEQ_FIELD("tm_mday", 2),
    STRUCTSEQ_FIELD("tm_hour", 3),
    STRUCTSEQ_FIELD("tm_min", 4),
    STRUCTSEQ_FIELD("tm_sec", 5),
    STRUCTSEQ_FIELD("tm_wday", 6),
    STRUCTSEQ_FIELD("tm_yday", 7),
    STRUCTSEQ_FIELD("tm_isdst", 8),
    STRUCTSEQ_FIELD("tm_zone", 9),
    STRUCTSEQ_FIELD("tm_gmtoff", 10),
    {NULL, NULL, NULL},
};

StructSeqType StructTimeType = {
    .type = { STRUCTSEQ_TYPE_INIT("struct_time", struct_time_fields) },
    .module = "time",
    .visible = 9,
    .nfields = 11,
};

static bool local_is_utc(Thread *t)
{
    return t->interp->virtual_time;
}

/* ------------------------------------------------------------------ */
/* Conversions                                                         */

/* struct tm -> struct_time. */
static Value tm_to_value(Thread *t, const struct tm *tm)
{
    Value zone = str_from_cstr(t, tm->tm_zone ? tm->tm_zone : "");
    if (zone == VAL_ERROR) return VAL_ERROR;
    Value f[11] = {
        val_from_small(tm->tm_year + 1900LL), val_from_small(tm->tm_mon + 1),
        val_from_small(tm->tm_mday), val_from_small(tm->tm_hour), val_from_small(tm->tm_min),
        val_from_small(tm->tm_sec), val_from_small((tm->tm_wday + 6) % 7),
        val_from_small(tm->tm_yday + 1), val_from_small(tm->tm_isdst), zone,
        val_from_small(tm->tm_gmtoff),
    };
    gc_push_root(t, zone);
    Value r = structseq_new(t, &StructTimeType, f, 11);
    gc_pop_roots(t, 1);
    return r;
}

/* A timestamp argument (int or float, rounded toward -inf); absent or
 * None means now. */
static int timestamp_arg(Thread *t, Value v, time_t *out)
{
    double d;
    if (v == VAL_UNBOUND || v == VAL_NONE) {
        d = floor(clock_time(t->interp));
    } else if (val_is_double(v)) {
        d = val_as_double(v);
        if (d != d) {
            exc_raise(t, &ValueErrorType, "Invalid value NaN (not a number)");
            return -1;
        }
        d = floor(d);
    } else if (int_check(v)) {
        int64_t i;
        if (int_as_i64(t, v, &i) < 0) {
            exc_clear(t);
            goto overflow;
        }
        *out = (time_t)i;
        return 0;
    } else {
        exc_raise(t, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                  type_name(val_type(v)));
        return -1;
    }
    if (!(d >= -9.2e18 && d <= 9.2e18)) goto overflow;
    *out = (time_t)d;
    return 0;
overflow:
    exc_raise(t, &OverflowErrorType, "timestamp out of range for platform time_t");
    return -1;
}

static int broken_down(Thread *t, time_t secs, bool local, struct tm *tm)
{
    bool ok = local && !local_is_utc(t) ? localtime_r(&secs, tm) != NULL
                                         : gmtime_r(&secs, tm) != NULL;
    if (!ok) {
        exc_raise(t, &OverflowErrorType, "timestamp out of range for platform time_t");
        return -1;
    }
    if (local && local_is_utc(t)) tm->tm_zone = "UTC";
    return 0;
}

/* A struct_time or 9-tuple argument -> struct tm (CPython's gettmarg). */
static int tuple_to_tm(Thread *t, Value v, const char *fname, struct tm *tm)
{
    if (!tuple_check(v)) {
        exc_raise(t, &TypeErrorType, "Tuple or struct_time argument required");
        return -1;
    }
    TupleObj *tup = TUPLE(v);
    if (tup->len != 9) {
        exc_raise(t, &TypeErrorType, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++) {
        Value x = tup->items[i];
        if (val_is_double(x)) {
            exc_raise(t, &TypeErrorType, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        if (op_index(t, x, &f[i]) < 0) return -1;
        if (f[i] < INT32_MIN || f[i] > INT32_MAX) {
            exc_raise(t, &OverflowErrorType, "Python int too large to convert to C int");
            return -1;
        }
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    if (tm->tm_wday < 0) tm->tm_wday += 7;
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    if (val_type(v) == &StructTimeType.type) {
        Value zone = tup->items[9], off = tup->items[10];
        if (str_check(zone)) tm->tm_zone = str_cstr(zone);
        if (val_is_int(off)) tm->tm_gmtoff = (long)val_as_int(off);
    }
    return 0;
}

/* The range checks strftime and asctime need (CPython's checktm). */
static int check_tm(Thread *t, struct tm *tm)
{
    const char *bad = NULL;
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11) bad = "month out of range";
    if (!bad) {
        if (tm->tm_mday == 0) tm->tm_mday = 1;
        else if (tm->tm_mday < 0 || tm->tm_mday > 31) bad = "day of month out of range";
    }
    if (!bad && (tm->tm_hour < 0 || tm->tm_hour > 23)) bad = "hour out of range";
    if (!bad && (tm->tm_min < 0 || tm->tm_min > 59)) bad = "minute out of range";
    if (!bad && (tm->tm_sec < 0 || tm->tm_sec > 61)) bad = "seconds out of range";
    if (!bad && tm->tm_wday < 0) bad = "day of week out of range";
    if (!bad) {
        if (tm->tm_yday == -1) tm->tm_yday = 0;
        else if (tm->tm_yday < 0 || tm->tm_yday > 365) bad = "day of year out of range";
    }
    if (bad) {
        exc_raise(t, &ValueErrorType, "%s", bad);
        return -1;
    }
    return 0;
}

/* The optional time-tuple argument of strftime/asctime: now if absent. */
static int tm_arg(Thread *t, Value v, const char *fname, struct tm *tm)
{
    if (v == VAL_UNBOUND) {
        time_t now = (time_t)floor(clock_time(t->interp));
        return broken_down(t, now, true, tm);
    }
    if (tuple_to_tm(t, v, fname, tm) < 0) return -1;
    return check_tm(t, tm);
}

/* The argument count check of CPython's older functions: "gmtime() takes
 * at most 1 argument (2 given)". */
static int count_args(Thread *t, const char *fname, TupleObj *kwnames, int nargs, int min, int max)
{
    if (arg_no_kw(t, fname, kwnames) < 0) return -1;
    if (nargs >= min && nargs <= max) return 0;
    int n = nargs < min ? min : max;
    exc_raise(t, &TypeErrorType, "%s() takes %s %d argument%s (%d given)", fname,
              min == max ? "exactly" : nargs < min ? "at least" : "at most", n, n == 1 ? "" : "s",
              nargs);
    return -1;
}

/* ------------------------------------------------------------------ */
/* Clocks                                                              */

#define NOARGS(fname) \
    (void)args; \
    if (arg_no_kw(t, fname, kwnames) < 0 || arg_count(t, "time." fname, nargs, 0, 0) < 0) \
        return VAL_ERROR

static Value t_time(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NOARGS("time");
    return val_from_double(clock_time(t->interp));
}

static Value t_time_ns(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NOARGS("time_ns");
    return int_from_i64(t, clock_time_ns(t->interp));
}

static Value t_monotonic(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NOARGS("monotonic");
    return val_from_double(clock_monotonic(t->interp));
}

static Value t_monotonic_ns(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NOARGS("monotonic_ns");
    return int_from_i64(t, clock_monotonic_ns(t->interp));
}

static Value t_perf_counter(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NOARGS("perf_counter");
    return val_from_double(clock_perf(t->interp));
}

static Value t_perf_counter_ns(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NOARGS("perf_counter_ns");
    return int_from_i64(t, clock_monotonic_ns(t->interp));
}

static Value t_process_time(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NOARGS("process_time");
    return val_from_double(clock_process(t->interp));
}

static Value t_process_time_ns(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NOARGS("process_time_ns");
    return int_from_i64(t, (int64_t)llround(clock_process(t->interp) * 1e9));
}

/* CPU time of the calling thread (aster runs one): real, like
 * process_time, even under --virtual-time. */
static int64_t thread_cpu_ns(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) < 0) return 0;
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static Value t_thread_time(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NOARGS("thread_time");
    return val_from_double((double)thread_cpu_ns() * 1e-9);
}

static Value t_thread_time_ns(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    NOARGS("thread_time_ns");
    return int_from_i64(t, thread_cpu_ns());
}

static Value t_sleep(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "sleep", kwnames) < 0 || arg_count(t, "time.sleep", nargs, 1, 1) < 0)
        return VAL_ERROR;
    double secs;
    Value v = args[0];
    if (val_is_double(v)) {
        secs = val_as_double(v);
    } else if (int_check(v)) {
        if (int_as_double(t, v, &secs) < 0) return VAL_ERROR;
    } else {
        return exc_raise(t, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                         type_name(val_type(v)));
    }
    if (secs != secs) return exc_raise(t, &ValueErrorType, "Invalid value NaN (not a number)");
    if (secs < 0) return exc_raise(t, &ValueErrorType, "sleep length must be non-negative");
    clock_sleep(t, secs);
    return interrupt_check(t) < 0 ? VAL_ERROR : VAL_NONE;
}

/* ------------------------------------------------------------------ */
/* Calendar                                                            */

static Value convert_time(Thread *t, Value *args, int nargs, TupleObj *kwnames,
                          const char *fname, bool local)
{
    Value a[1];
    time_t secs;
    struct tm tm;
    if (count_args(t, fname, kwnames, nargs, 0, 1) < 0) return VAL_ERROR;
    a[0] = nargs ? args[0] : VAL_UNBOUND;
    if (timestamp_arg(t, a[0], &secs) < 0 || broken_down(t, secs, local, &tm) < 0)
        return VAL_ERROR;
    return tm_to_value(t, &tm);
}

static Value t_gmtime(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return convert_time(t, args, nargs, kwnames, "gmtime", false);
}

static Value t_localtime(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return convert_time(t, args, nargs, kwnames, "localtime", true);
}

static Value t_mktime(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    struct tm tm;
    if (arg_no_kw(t, "mktime", kwnames) < 0 || arg_count(t, "time.mktime", nargs, 1, 1) < 0)
        return VAL_ERROR;
    if (tuple_to_tm(t, args[0], "mktime", &tm) < 0) return VAL_ERROR;
    tm.tm_wday = -1;            /* mktime sets it: tells an error from -1 */
    time_t r = local_is_utc(t) ? timegm(&tm) : mktime(&tm);
    if (r == (time_t)-1 && tm.tm_wday == -1)
        return exc_raise(t, &OverflowErrorType, "mktime argument out of range");
    return val_from_double((double)r);
}

static Value t_strftime(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    struct tm tm;
    if (count_args(t, "strftime", kwnames, nargs, 1, 2) < 0) return VAL_ERROR;
    if (!str_check(args[0]))
        return exc_raise(t, &TypeErrorType, "strftime() argument 1 must be str, not %N", args[0]);
    if (tm_arg(t, nargs > 1 ? args[1] : VAL_UNBOUND, "strftime", &tm) < 0) return VAL_ERROR;
    if (tm.tm_isdst < -1) tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
    const char *fmt = str_cstr(args[0]);
    size_t fmtlen = STR(args[0])->len;
    if (fmtlen == 0) return val_from_obj(NAME(t, empty));
    /* strftime returns 0 both for "too small" and for an empty result:
     * grow up to a bound proportional to the format, as CPython does. */
    for (size_t size = 1024;; size *= 2) {
        char *buf = malloc(size);
        if (!buf) return exc_no_memory(t);
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0 || size >= 256 * fmtlen) {
            Value r = str_new(t, buf, n);
            free(buf);
            return r;
        }
        free(buf);
    }
}

static const char *const wday_names[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
static const char *const mon_names[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};

static Value format_asctime(Thread *t, const struct tm *tm)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "%s %s%3d %.2d:%.2d:%.2d %lld", wday_names[tm->tm_wday % 7],
                  mon_names[tm->tm_mon % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
                  tm->tm_year + 1900LL);
    return strbuf_finish(t, &b);
}

static Value t_asctime(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    struct tm tm;
    if (count_args(t, "asctime", kwnames, nargs, 0, 1) < 0) return VAL_ERROR;
    if (tm_arg(t, nargs ? args[0] : VAL_UNBOUND, "asctime", &tm) < 0) return VAL_ERROR;
    return format_asctime(t, &tm);
}

static Value t_ctime(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    time_t secs;
    struct tm tm;
    if (count_args(t, "ctime", kwnames, nargs, 0, 1) < 0) return VAL_ERROR;
    if (timestamp_arg(t, nargs ? args[0] : VAL_UNBOUND, &secs) < 0) return VAL_ERROR;
    if (broken_down(t, secs, true, &tm) < 0) return VAL_ERROR;
    return format_asctime(t, &tm);
}

/* time.strptime: the parsing is datetime's (stdlib/datetime.as), which
 * returns the fields of the struct_time. */
static Value t_strptime(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "strptime", kwnames) < 0) return VAL_ERROR;
    Value mod = import_module(t, "datetime");
    if (mod == VAL_ERROR) return mod;
    Value fn = op_getattr(t, mod, str_intern(t, "_strptime_time"));
    if (fn == VAL_ERROR) return fn;
    gc_push_root(t, fn);
    Value fields = op_call(t, fn, args, nargs, NULL);
    gc_pop_roots(t, 1);
    if (fields == VAL_ERROR) return fields;
    gc_push_root(t, fields);
    Value r = structseq_new(t, &StructTimeType, TUPLE(fields)->items, (int)TUPLE(fields)->len);
    gc_pop_roots(t, 1);
    return r;
}

static const MethodDef time_functions[] = {
    {"time", t_time, 0},
    {"time_ns", t_time_ns, 0},
    {"monotonic", t_monotonic, 0},
    {"monotonic_ns", t_monotonic_ns, 0},
    {"perf_counter", t_perf_counter, 0},
    {"perf_counter_ns", t_perf_counter_ns, 0},
    {"process_time", t_process_time, 0},
    {"process_time_ns", t_process_time_ns, 0},
    {"thread_time", t_thread_time, 0},
    {"thread_time_ns", t_thread_time_ns, 0},
    {"sleep", t_sleep, 0},
    {"gmtime", t_gmtime, 0},
    {"localtime", t_localtime, 0},
    {"mktime", t_mktime, 0},
    {"strftime", t_strftime, 0},
    {"strptime", t_strptime, 0},
    {"asctime", t_asctime, 0},
    {"ctime", t_ctime, 0},
    {NULL, NULL, 0},
};

/* timezone, altzone, daylight and tzname. */
static int add_zone_info(Thread *t, Value m)
{
    long tz = 0;
    int dst = 0;
    const char *std_name = "UTC", *dst_name = "UTC";
    if (!local_is_utc(t)) {
        tzset();
        tz = timezone;
        dst = daylight;
        std_name = tzname[0];
        dst_name = tzname[1];
    }
    if (module_add(t, m, "timezone", val_from_small(tz)) < 0) return -1;
    if (module_add(t, m, "altzone", val_from_small(dst ? tz - 3600 : tz)) < 0) return -1;
    if (module_add(t, m, "daylight", val_from_small(dst)) < 0) return -1;
    Value a = str_from_cstr(t, std_name);
    if (a == VAL_ERROR) return -1;
    gc_push_root(t, a);
    Value b = str_from_cstr(t, dst_name);
    Value names = b == VAL_ERROR ? VAL_ERROR : tuple_pack(t, 2, a, b);
    gc_pop_roots(t, 1);
    return module_add(t, m, "tzname", names);
}

Value mod_time_init(Thread *t)
{
    if (structseq_set_module(t, &StructTimeType) < 0) return VAL_ERROR;
    Value m = module_new(t, "time");
    if (m == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, m);
    Value r = VAL_ERROR;
    if (module_add_functions(t, m, time_functions) < 0) goto done;
    if (module_add(t, m, "struct_time", val_from_obj(&StructTimeType.type)) < 0) goto done;
    if (add_zone_info(t, m) < 0) goto done;
    r = m;
done:
    gc_pop_roots(t, 1);
    return r;
}
