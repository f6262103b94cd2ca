/*
 * code.h -- compiled code objects.
 *
 * A CodeObj is immutable once the compiler has built it.  Its frame has
 * nlocalsplus slots followed by stacksize stack slots.  The slots are laid
 * out as:
 *
 *   [0, argcount)                     positional parameters
 *   [.., +kwonlyargcount)             keyword-only parameters
 *   [.., +1) if CO_VARARGS            *args
 *   [.., +1) if CO_VARKEYWORDS        **kwargs
 *   [.., nlocals)                     other locals
 *   [nlocals, nlocals + ncells)       cells that are not parameters
 *   [nlocalsplus - nfree, nlocalsplus) free variables (from the closure)
 *
 * A parameter that is also a cell variable keeps its parameter slot and
 * is marked SLOT_CELL in slot_kinds; MAKE_CELL at the start of the code
 * wraps every SLOT_CELL slot.
 *
 * Exception table: on an exception at instruction i, the VM takes the
 * entry with start <= i < end that is innermost (the table is sorted so
 * the first match is the innermost), truncates the value stack to `depth`,
 * pushes the exception and jumps to `target`.  No entry: the frame is
 * unwound.
 *
 * Line table: entries sorted by pc; an instruction's position is that of
 * the last entry with start <= pc.
 */
#ifndef ASTER_CODE_H
#define ASTER_CODE_H

#include "object.h"

#define CO_VARARGS          0x0001
#define CO_VARKEYWORDS      0x0002
#define CO_GENERATOR        0x0004
#define CO_COROUTINE        0x0008
#define CO_ASYNC_GENERATOR  0x0010
#define CO_MODULE           0x0020   /* module or REPL entry: names are globals */
#define CO_CLASS_BODY       0x0040   /* class body: names go to the locals dict */
#define CO_NEEDS_LOCALS_DICT 0x0080  /* frame gets a locals dict (class body) */
#define CO_ITERABLE_COROUTINE 0x0100 /* generator usable with await (@asyncio.coroutine) */

#define SLOT_LOCAL 0
#define SLOT_CELL  1
#define SLOT_FREE  2

typedef struct {
    uint32_t start, end;        /* instruction range [start, end) */
    uint32_t target;            /* handler */
    uint32_t depth;             /* value stack depth at the handler, before the exc */
} ExcEntry;

typedef struct {
    uint32_t pc;                /* first instruction of the run */
    int32_t line;
    uint16_t col, end_col;      /* 0-based columns on `line`; end exclusive */
} LineEntry;

/* LOAD_GLOBAL's cache, one entry per name (vm.c): where the name was
 * found, valid while the globals and builtins keep the keys_id they had
 * (obj_dict.h) -- rebinding a global does not invalidate it. */
typedef struct {
    uint64_t globals_keys, builtins_keys;
    uint32_t index;             /* in the entries of the dict that has it */
    bool in_builtins;           /* absent from the globals */
} GlobalCacheEntry;

typedef struct CodeObj {
    Obj base;
    uint32_t *code;
    uint32_t ncode;
    Value *consts;
    uint32_t nconsts;
    TupleObj *names;            /* for *_GLOBAL, *_NAME, *_ATTR, LOAD_METHOD, IMPORT_* */
    TupleObj *slot_names;       /* one str per localsplus slot */
    uint8_t *slot_kinds;        /* SLOT_LOCAL / SLOT_CELL / SLOT_FREE per slot */
    uint32_t nlocalsplus, nlocals, ncells, nfree;
    uint32_t argcount;          /* positional parameters (incl. positional-only) */
    uint32_t posonlyargcount;
    uint32_t kwonlyargcount;
    uint32_t stacksize;
    uint32_t flags;             /* CO_* */
    ExcEntry *exctable;
    uint32_t nexc;
    LineEntry *lines;
    uint32_t nlines;
    uint32_t position_memo;     /* code_position's last answer, plus one */
    StrObj *name, *qualname, *filename;
    int firstlineno;
    GlobalCacheEntry *global_cache;  /* one per name, made on first use; weak */
    uint32_t global_cache_len;       /* entries, kept for the finaliser */
    struct AttrCacheSite *attr_cache;/* the same for attributes (attrcache.h) */
    uint32_t attr_cache_len;
} CodeObj;

extern TypeObj CodeType;

/* A new per-name cache for code (global_cache, attr_cache): zeroed, one
 * entry per name, their count in *len.  NULL when there is no memory (no
 * exception is left: the caller just stays uncached). */
void *code_name_cache_new(Thread *t, CodeObj *code, size_t entry_size, uint32_t *len);

/* The source position of instruction pc. */
const LineEntry *code_position(CodeObj *code, uint32_t pc);
static inline int code_line(CodeObj *code, uint32_t pc)
{
    const LineEntry *e = code_position(code, pc);
    return e ? e->line : code->firstlineno;
}

/* Disassembles code (and nested code constants) to stdout (debug.c). */
void debug_disassemble(Thread *t, CodeObj *code);

#endif
