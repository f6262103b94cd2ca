/*
 * fsname.h -- file names between str and the bytes the system uses.
 *
 * The bytes are UTF-8, except that a byte which is not part of valid
 * UTF-8 stands for itself as the lone surrogate U+DC80..U+DCFF in the
 * str: CPython's "surrogateescape", so any name the system gives back
 * (listdir, getcwd, the environment) reaches the system again unchanged.
 */
#ifndef ASTER_FSNAME_H
#define ASTER_FSNAME_H

#include "object.h"

/* The str for bytes from the system.  May collect. */
Value fsname_decode(Thread *t, const char *s, size_t len);
/* The bytes the system gets for the str `str`: sets *out to str's own
 * text when it holds no surrogate (and returns str), else to the data of
 * a new bytes, which it returns and the caller must root while it uses
 * *out.  Other lone surrogates raise UnicodeEncodeError, as in CPython.
 * May collect. */
Value fsname_encode(Thread *t, Value str, const char **out);

#endif
