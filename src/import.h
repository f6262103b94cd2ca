/*
 * import.h -- the import system: builtin C modules, the embedded stdlib
 * (the .as files of stdlib/) and .as/.py files beside the main script.
 */
#ifndef ASTER_IMPORT_H
#define ASTER_IMPORT_H

#include "object.h"

/* IMPORT_NAME: imports `name` (dotted) and returns the top-level package,
 * or the module itself when fromlist is not None. */
Value import_name(Thread *t, StrObj *name, Value fromlist, int level, DictObj *globals);
/* IMPORT_FROM: module.name, or ImportError "cannot import name ...". */
Value import_from(Thread *t, Value module, StrObj *name);
/* Imports a module by its full name (used by C code). */
Value import_module(Thread *t, const char *name);
/* Runs source text as module `name` (file name for tracebacks). */
Value import_exec_source(Thread *t, const char *name, const char *filename, const char *src, size_t len);
/* The directory searched for script modules (the main script's). */
void import_set_script_dir(Thread *t, const char *dir);

#endif
