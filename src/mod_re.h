/*
 * mod_re.h -- the compiled-pattern type of the _re module (mod_re.c).
 */
#ifndef ASTER_MOD_RE_H
#define ASTER_MOD_RE_H

#include "object.h"

extern TypeObj ReCodeType;

/* For the interpreter's list of static types. */
#define RE_TYPES &ReCodeType,

#endif
