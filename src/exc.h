/*
 * exc.h -- exception objects, the builtin hierarchy, raising from C, and
 * traceback printing.
 *
 * Raising from C: call one of the exc_raise* functions and return the
 * layer's failure sentinel (VAL_ERROR, -1 or NULL).  The exception waits
 * in Thread.exc until the VM unwinds to a handler or a caller clears it.
 */
#ifndef ASTER_EXC_H
#define ASTER_EXC_H

#include <stdarg.h>
#include <stddef.h>
#include "object.h"
#include "strbuf.h"

typedef struct TracebackObj TracebackObj;
typedef struct Frame Frame;

/* One layout for every exception.  `value` holds the extra field of the
 * few subclasses that have one (StopIteration.value, the message and
 * members of an exception group; KeyError has none, SyntaxError keeps its
 * details in the dict). */
typedef struct ExcObj {
    Obj base;
    DictObj *dict;              /* instance attributes */
    TupleObj *args;
    TracebackObj *traceback;    /* innermost frame last; NULL if none */
    Value cause;                /* __cause__, or VAL_NONE */
    Value context;              /* __context__, or VAL_NONE */
    bool suppress_context;
    Value value;                /* StopIteration.value etc., a group's
                                 * (message, exceptions tuple), or VAL_NONE */
} ExcObj;

/* A traceback entry: one frame an exception passed through.  Entries are
 * linked outermost first, as Python prints them. */
struct TracebackObj {
    Obj base;
    TracebackObj *next;         /* towards the frame that raised */
    Value code;                 /* CodeObj of the frame */
    int line;
};

/* The hierarchy: X(c_name, "PythonName", base c_name).  Order matters:
 * a base comes before its subclasses.  ExceptionGroup's second base,
 * Exception, is added by exc_init_types. */
#define EXC_LIST(X) \
    X(BaseException, "BaseException", Object) \
    X(SystemExit, "SystemExit", BaseException) \
    X(KeyboardInterrupt, "KeyboardInterrupt", BaseException) \
    X(GeneratorExit, "GeneratorExit", BaseException) \
    X(Exception, "Exception", BaseException) \
    X(BaseExceptionGroup, "BaseExceptionGroup", BaseException) \
    X(ExceptionGroup, "ExceptionGroup", BaseExceptionGroup) \
    X(StopIteration, "StopIteration", Exception) \
    X(StopAsyncIteration, "StopAsyncIteration", Exception) \
    X(ArithmeticError, "ArithmeticError", Exception) \
    X(FloatingPointError, "FloatingPointError", ArithmeticError) \
    X(OverflowError, "OverflowError", ArithmeticError) \
    X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError) \
    X(AssertionError, "AssertionError", Exception) \
    X(AttributeError, "AttributeError", Exception) \
    X(BufferError, "BufferError", Exception) \
    X(EOFError, "EOFError", Exception) \
    X(ImportError, "ImportError", Exception) \
    X(ModuleNotFoundError, "ModuleNotFoundError", ImportError) \
    X(LookupError, "LookupError", Exception) \
    X(IndexError, "IndexError", LookupError) \
    X(KeyError, "KeyError", LookupError) \
    X(MemoryError, "MemoryError", Exception) \
    X(NameError, "NameError", Exception) \
    X(UnboundLocalError, "UnboundLocalError", NameError) \
    X(OSError, "OSError", Exception) \
    X(FileNotFoundError, "FileNotFoundError", OSError) \
    X(FileExistsError, "FileExistsError", OSError) \
    X(PermissionError, "PermissionError", OSError) \
    X(IsADirectoryError, "IsADirectoryError", OSError) \
    X(NotADirectoryError, "NotADirectoryError", OSError) \
    X(TimeoutError, "TimeoutError", OSError) \
    X(BlockingIOError, "BlockingIOError", OSError) \
    X(ChildProcessError, "ChildProcessError", OSError) \
    X(InterruptedError, "InterruptedError", OSError) \
    X(ProcessLookupError, "ProcessLookupError", OSError) \
    X(ConnectionError, "ConnectionError", OSError) \
    X(BrokenPipeError, "BrokenPipeError", ConnectionError) \
    X(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError) \
    X(ConnectionResetError, "ConnectionResetError", ConnectionError) \
    X(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError) \
    X(ReferenceError, "ReferenceError", Exception) \
    X(RuntimeError, "RuntimeError", Exception) \
    X(NotImplementedError, "NotImplementedError", RuntimeError) \
    X(RecursionError, "RecursionError", RuntimeError) \
    X(SyntaxError, "SyntaxError", Exception) \
    X(IndentationError, "IndentationError", SyntaxError) \
    X(TabError, "TabError", IndentationError) \
    X(SystemError, "SystemError", Exception) \
    X(TypeError, "TypeError", Exception) \
    X(ValueError, "ValueError", Exception) \
    X(UnicodeError, "UnicodeError", ValueError) \
    X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError) \
    X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError) \
    X(Warning, "Warning", Exception) \
    X(UserWarning, "UserWarning", Warning) \
    X(DeprecationWarning, "DeprecationWarning", Warning) \
    X(RuntimeWarning, "RuntimeWarning", Warning) \
    X(PendingDeprecationWarning, "PendingDeprecationWarning", Warning) \
    X(SyntaxWarning, "SyntaxWarning", Warning) \
    X(FutureWarning, "FutureWarning", Warning) \
    X(ImportWarning, "ImportWarning", Warning) \
    X(UnicodeWarning, "UnicodeWarning", Warning) \
    X(BytesWarning, "BytesWarning", Warning) \
    X(ResourceWarning, "ResourceWarning", Warning) \
    X(EncodingWarning, "EncodingWarning", Warning)

#define X(c, py, base) extern TypeObj c##Type;
EXC_LIST(X)
#undef X
extern TypeObj TracebackType;

/* The slots every exception type shares.  They adapt to the type at run
 * time (OSError's errno, StopIteration's value, KeyError's str ...), so a
 * type defined in another C file only has to name its base:
 *     TypeObj CancelledErrorType = { EXC_TYPE_INIT("CancelledError",
 *                                    &BaseExceptionType), ... };
 * and be on the interpreter's static type list (type_init, GC roots). */
Value exc_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames);
Value exc_init_slot(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames);
Value exc_repr_slot(Thread *t, Value self);
Value exc_str_slot(Thread *t, Value self);
int64_t exc_hash_slot(Thread *t, Value self);
void exc_trace(GC *gc, Obj *o);
#define EXC_TYPE_INIT(pyname, base) \
    .name = (pyname), .base_type = (base), \
    .flags = TYPE_BASETYPE | TYPE_EXCEPTION, \
    .instance_size = sizeof(ExcObj), .dict_offset = offsetof(ExcObj, dict), \
    .trace = exc_trace, .new_ = exc_new_slot, .init = exc_init_slot, \
    .repr = exc_repr_slot, .str = exc_str_slot, .hash = exc_hash_slot

static inline bool exc_check(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type->flags & TYPE_EXCEPTION);
}
#define EXC(v) ((ExcObj *)val_as_obj(v))

/* Creates exc_type(*args) without raising it.  May collect. */
Value exc_new(Thread *t, TypeObj *type, Value *args, int nargs);

/* Raising.  All return VAL_ERROR so callers can `return exc_raise(...)`.
 * exc_raise formats like printf, plus:
 *   %R  repr() of a Value      %S  str() of a Value
 *   %T  type name of a Value   %U  a StrObj *
 * The exception is created with the formatted text as its only arg. */
Value exc_raise(Thread *t, TypeObj *type, const char *fmt, ...);
Value exc_raisev(Thread *t, TypeObj *type, const char *fmt, va_list ap);
/* Raise `type` with args (value,), with no args when value is
 * VAL_UNBOUND, or, when value is already an instance of type, that
 * instance itself. */
Value exc_raise_value(Thread *t, TypeObj *type, Value value);
/* The exception being handled (sys.exception()), or VAL_NONE. */
Value exc_handled(Thread *t);
/* Raise an existing exception object (sets __context__ from exc_info). */
Value exc_raise_obj(Thread *t, Value exc);
/* The same with ctx (an exception or VAL_NONE) as the context: a value
 * thrown into a generator chains only to what the generator handles. */
Value exc_raise_chained(Thread *t, Value exc, Value ctx);
/* AttributeError for obj.name in CPython's words ("'int' object has no
 * attribute 'x'", "module 'm' has no attribute 'x'", "type object 'T'
 * has no attribute 'x'"), with .name and .obj set: the printed report
 * then adds CPython's ". Did you mean: 'y'?" from dir(obj). */
Value exc_raise_attribute_error(Thread *t, Value obj, StrObj *name);
/* NameError "name 'x' is not defined" for a name missing in frame f:
 * sets .name and works out the hint CPython's report adds (". Did you
 * mean: 'y'?" from f's bound locals, globals and builtins, or
 * 'self.x'; ". Did you forget to import 'x'?" for a stdlib module name).
 * f may be NULL (no hint from names). */
Value exc_raise_name_error(Thread *t, StrObj *name, Frame *f);
/* Raises the OSError subclass that matches errno `err` (FileNotFoundError
 * for ENOENT ...) with strerror(err) and, unless it is VAL_UNBOUND, the
 * filename: "[Errno 2] No such file or directory: 'x'". */
Value exc_raise_oserror(Thread *t, int err, Value filename);
/* Sets MemoryError without allocating: the pending value is the type
 * object itself (gc_alloc calls this when the heap is exhausted). */
Value exc_no_memory(Thread *t);

/* The pending exception. */
static inline bool exc_pending(Thread *t);
bool exc_matches(Thread *t, TypeObj *type);   /* pending exc isinstance type */
Value exc_fetch(Thread *t);                   /* take it; VAL_UNBOUND if none */
void exc_clear(Thread *t);

/* Add a traceback entry for (code, line) to the front of exc's chain. */
void exc_add_traceback(Thread *t, Value exc, Value code, int line);

/* Prints `exc` like Python's default excepthook, cause/context chain
 * included, to sys.stderr (fd 2 if there is none), after flushing
 * sys.stdout.  Tracebacks are 3.7 style (no ^^^ lines); a SyntaxError
 * shows its line and carets as 3.12 does, and an exception group its
 * members in 3.12's nested boxes ("+-+---- 1 ----", "| ...").  May run
 * script code (str() of the exceptions); never raises: a failure inside
 * is swallowed. */
void exc_print(Thread *t, Value exc);
/* Takes the pending exception as uncaught at the top level: prints it
 * (a SystemExit only when its code is not a number) and returns the
 * process's exit status (SystemExit's code, 130 for KeyboardInterrupt,
 * else 1). */
int exc_report_uncaught(Thread *t);
/* Only the message part of that report: "Type: message", the hint, the
 * notes (a SyntaxError's location and carets first).  Never raises. */
void exc_format_only(Thread *t, Value exc, StrBuf *out);
/* Appends line `lineno` of a source file, without its newline, from the
 * source cache (scripts and modules run so far) or else from disk.
 * Returns false (appending nothing) when there is no such line. */
bool exc_source_line(Thread *t, StrObj *filename, int lineno, StrBuf *b);
/* The same report appended to out (for traceback-like modules).  May
 * run script code; never raises. */
void exc_format(Thread *t, Value exc, StrBuf *out);

/* TypeError "unsupported operand type(s) for OP: 'A' and 'B'". */
Value exc_type_error_unsupported(Thread *t, const char *op, Value a, Value b);

/* type_init for every type above (idempotent: the static type list in
 * interp.c may have done it already), then gives ExceptionGroup the MRO
 * of `class ExceptionGroup(BaseExceptionGroup, Exception)`, which a static
 * type with one base_type cannot get from type_init.  builtins_init calls
 * it before any script runs.  May collect; returns -1 on failure. */
int exc_init_types(Thread *t);

#include "interp.h"
static inline bool exc_pending(Thread *t) { return t->exc != VAL_UNBOUND; }

#endif
