/*
 * clock.c -- real and virtual clocks (see clock.h).
 */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "clock.h"
#include "gil.h"
#include "interrupt.h"

static double read_clock(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int64_t read_clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void clock_init(Interp *ip)
{
    ip->virtual_clock = 0.0;
    ip->clock_origin = read_clock(CLOCK_MONOTONIC);
}

double clock_monotonic(Interp *ip)
{
    return ip->virtual_time ? ip->virtual_clock : read_clock(CLOCK_MONOTONIC);
}

int64_t clock_monotonic_ns(Interp *ip)
{
    if (ip->virtual_time) return (int64_t)llround(ip->virtual_clock * 1e9);
    return read_clock_ns(CLOCK_MONOTONIC);
}

double clock_time(Interp *ip)
{
    return ip->virtual_time ? CLOCK_VIRTUAL_EPOCH + ip->virtual_clock : read_clock(CLOCK_REALTIME);
}

int64_t clock_time_ns(Interp *ip)
{
    if (ip->virtual_time)
        return (int64_t)CLOCK_VIRTUAL_EPOCH * 1000000000 + clock_monotonic_ns(ip);
    return read_clock_ns(CLOCK_REALTIME);
}

double clock_perf(Interp *ip)
{
    return clock_monotonic(ip);
}

double clock_process(Interp *ip)
{
    (void)ip;
    return read_clock(CLOCK_PROCESS_CPUTIME_ID);
}

void clock_sleep(Thread *t, double secs)
{
    Interp *ip = t->interp;
    if (ip->virtual_time) {
        if (secs > 0) ip->virtual_clock += secs;
        /* as a real sleep would, let the other threads run */
        if (gil_contended()) gil_yield(t);
        return;
    }
    if (secs <= 0) {
        if (gil_contended()) gil_yield(t);
        return;
    }
    struct timespec ts;
    ts.tv_sec = (time_t)secs;
    ts.tv_nsec = (long)((secs - (double)ts.tv_sec) * 1e9);
    /* Ctrl-C cuts the sleep short; the caller raises KeyboardInterrupt. */
    gil_release(t);
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR && !interrupt_pending) {}
    gil_acquire(t);
}
