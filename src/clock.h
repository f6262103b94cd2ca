/*
 * clock.h -- the interpreter's clocks, real or virtual.
 *
 * Under --virtual-time (Interp.virtual_time) the monotonic clock is
 * Interp.virtual_clock, which starts at 0.0 and only moves when someone
 * sleeps or the event loop jumps to its next timer; the wall clock is
 * 2000-01-01 00:00:00 UTC (946684800.0) plus that.  Every "current time"
 * in aster (time.time, time.monotonic, time.strftime without a time,
 * loop.time, datetime.now) goes through these functions, so a virtual
 * run prints the same thing every time.  None of them allocates.
 */
#ifndef ASTER_CLOCK_H
#define ASTER_CLOCK_H

#include <stdint.h>
#include "interp.h"

#define CLOCK_VIRTUAL_EPOCH 946684800.0

/* Starts the clocks: the virtual clock at 0.0, clock_origin at the
 * current CLOCK_MONOTONIC. */
void clock_init(Interp *ip);
/* Seconds of CLOCK_MONOTONIC (real) or the virtual clock. */
double clock_monotonic(Interp *ip);
/* The same in whole nanoseconds. */
int64_t clock_monotonic_ns(Interp *ip);
/* Seconds since the Unix epoch: CLOCK_REALTIME, or the virtual epoch
 * plus the virtual clock. */
double clock_time(Interp *ip);
int64_t clock_time_ns(Interp *ip);
/* The performance counter: CLOCK_MONOTONIC (real) or the virtual clock. */
double clock_perf(Interp *ip);
/* Process CPU time in seconds (always real). */
double clock_process(Interp *ip);
/* Sleeps secs (>= 0) for real, or advances the virtual clock at once;
 * either way the other threads run meanwhile. */
void clock_sleep(Thread *t, double secs);

#endif
