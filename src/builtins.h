/*
 * builtins.h -- the builtins module and the init functions of the other
 * builtin C modules this part of the interpreter provides.
 *
 * Each init builds its module and returns it (VAL_ERROR on failure); the
 * import machinery calls them through native_modules (module.h).
 */
#ifndef ASTER_BUILTINS_H
#define ASTER_BUILTINS_H

#include "module.h"

/* The `builtins` module: the builtin functions, types, exception types,
 * None/True/False/NotImplemented/Ellipsis.  The caller stores its dict as
 * Interp.builtins.  May collect. */
Value builtins_init(Thread *t);
/* The `sys` and `time` modules' start-up functions are declared in
 * module.h; mod_sys_init sets Interp.sys_dict and creates sys.stdin/
 * stdout/stderr, so it runs before any script code. */

/* The static types of these modules, for the interpreter's list of
 * static types (type_init at start-up, GC roots). */
extern StructSeqType VersionInfoType, ImplementationType;   /* mod_sys.c */
extern StructSeqType FlagsType, FloatInfoType;                /* mod_sys.c */
extern StructSeqType StructTimeType;                          /* mod_time.c */
extern StructSeqType StatResultType, TerminalSizeType, UnameResultType; /* mod_os.c */
#define BUILTINS_STATIC_TYPES \
    &VersionInfoType.type, &ImplementationType.type, &FlagsType.type, &FloatInfoType.type, \
    &StructTimeType.type, \
    &StatResultType.type, &TerminalSizeType.type, &UnameResultType.type,

#endif
