/*
 * textdiff.h -- unified diffs of two texts' lines (textdiff.c).
 */
#ifndef ASTER_TEXTDIFF_H
#define ASTER_TEXTDIFF_H

#include "textlines.h"

/* Appends to OUT a unified diff from EXPECTED to ACTUAL (`--- expected`,
 * `+++ actual`, hunks with two lines of context), cut after 30 lines. */
void text_diff(Lines *out, const Lines *expected, const Lines *actual);

#endif
