/*
 * debug.c -- the opcode name table and a disassembler for code objects
 * (`aster --dis`, the compiler's tests).
 *
 * A listing shows, per instruction: the source line where it changes, a
 * ">>" mark on jump targets, the index, the opcode name, the argument and
 * what it means (a constant's repr, a name, a jump target, an operator);
 * then the exception table, then every nested code object the same way.
 */
#include <stdio.h>
#include <stdlib.h>
#include "code.h"
#include "exc.h"
#include "interp.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "opcodes.h"
#include "ops.h"

const char *const opcode_names[OP_COUNT] = {
#define OPCODE_NAME(name, effect) #name,
    OPCODE_LIST(OPCODE_NAME)
#undef OPCODE_NAME
};

static const char *const binop_symbols[] = {
#define X(name, sym, d, r, i) sym,
    BINOP_LIST(X)
#undef X
};

static const char *const cmp_symbols[] = { "<", "<=", "==", "!=", ">", ">=" };

static bool is_code(Value v)
{
    return val_is_obj(v) && val_as_obj(v)->type == &CodeType;
}

static void print_const(Thread *t, Value v)
{
    if (is_code(v)) {
        CodeObj *co = (CodeObj *)val_as_obj(v);
        printf("<code object %s, line %d>", co->name->data, co->firstlineno);
        return;
    }
    Value r = op_repr(t, v);
    if (r == VAL_ERROR) {
        exc_clear(t);
        printf("<unprintable>");
        return;
    }
    printf("%s", str_cstr(r));
}

static const char *tuple_str(TupleObj *tp, uint32_t i)
{
    return tp && i < tp->len ? str_cstr(tp->items[i]) : "?";
}

static bool uses_name(Opcode op)
{
    switch (op) {
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL:
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME:
    case OP_LOAD_ATTR: case OP_STORE_ATTR: case OP_DELETE_ATTR: case OP_LOAD_METHOD:
    case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        return true;
    default:
        return false;
    }
}

static bool uses_slot(Opcode op)
{
    switch (op) {
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST: case OP_MAKE_CELL:
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF:
        return true;
    default:
        return false;
    }
}

static bool is_jump_op(Opcode op)
{
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE
        || op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER
        || op == OP_SEND;
}

/* What the argument of instruction w means, printed after it. */
static void print_meaning(Thread *t, CodeObj *co, uint32_t w)
{
    Opcode op = INSTR_OP(w);
    uint32_t arg = INSTR_ARG(w);
    if (op == OP_LOAD_CONST || op == OP_KW_NAMES) {
        printf(" (");
        if (arg < co->nconsts) print_const(t, co->consts[arg]);
        else printf("?");
        printf(")");
    } else if (uses_name(op)) {
        printf(" (%s)", tuple_str(co->names, arg));
    } else if (uses_slot(op)) {
        printf(" (%s)", tuple_str(co->slot_names, arg));
    } else if (is_jump_op(op)) {
        printf(" (to %u)", arg);
    } else if (op == OP_BINARY_OP) {
        uint32_t b = arg & ~(uint32_t)BINOP_INPLACE;
        printf(" (%s%s)", b < BINOP_COUNT ? binop_symbols[b] : "?", (arg & BINOP_INPLACE) ? "=" : "");
    } else if (op == OP_COMPARE_OP) {
        printf(" (%s)", arg < 6 ? cmp_symbols[arg] : "?");
    } else if (op == OP_IS_OP) {
        printf(" (%s)", arg ? "is not" : "is");
    } else if (op == OP_CONTAINS_OP) {
        printf(" (%s)", arg ? "not in" : "in");
    } else if (op == OP_FORMAT_VALUE && arg) {
        static const char *const conv[] = { "", "str", "repr", "ascii" };
        printf(" (%s%s%s)", conv[arg & 3], (arg & 3) && (arg & 4) ? ", " : "",
               (arg & 4) ? "with format" : "");
    } else if (op == OP_MAKE_FUNCTION && arg) {
        printf(" (%s%s%s%s)", (arg & 1) ? "defaults " : "", (arg & 2) ? "kwdefaults " : "",
               (arg & 4) ? "annotations " : "", (arg & 8) ? "closure" : "");
    } else if (op == OP_UNPACK_EX) {
        printf(" (%u before, %u after)", arg & 0xFF, arg >> 8);
    } else if (op == OP_YIELD_VALUE && arg) {
        printf(" (delegating)");
    }
}

static void print_flags(uint32_t flags)
{
    static const struct { uint32_t bit; const char *name; } names[] = {
        { CO_VARARGS, "varargs" }, { CO_VARKEYWORDS, "varkeywords" }, { CO_GENERATOR, "generator" },
        { CO_COROUTINE, "coroutine" }, { CO_ASYNC_GENERATOR, "async generator" },
        { CO_MODULE, "module" }, { CO_CLASS_BODY, "class body" },
        { CO_NEEDS_LOCALS_DICT, "locals dict" },
    };
    bool first = true;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (flags & names[i].bit) {
            printf("%s%s", first ? "" : ", ", names[i].name);
            first = false;
        }
    if (first) printf("none");
}

static void print_header(CodeObj *co)
{
    printf("Disassembly of <code object %s, file \"%s\", line %d> (%s):\n", co->name->data,
           co->filename ? co->filename->data : "?", co->firstlineno, co->qualname->data);
    printf("  flags: ");
    print_flags(co->flags);
    printf("; args %u (posonly %u, kwonly %u); stack %u\n", co->argcount, co->posonlyargcount,
           co->kwonlyargcount, co->stacksize);
    if (co->nlocalsplus) {
        printf("  slots:");
        static const char *const kinds[] = { "", "cell ", "free " };
        for (uint32_t i = 0; i < co->nlocalsplus; i++)
            printf(" %u=%s%s", i, kinds[co->slot_kinds[i] % 3], tuple_str(co->slot_names, i));
        printf("\n");
    }
}

void debug_disassemble(Thread *t, CodeObj *co)
{
    print_header(co);
    /* Mark jump and handler targets. */
    bool *target = calloc(co->ncode + 1, sizeof(bool));
    for (uint32_t i = 0; target && i < co->ncode; i++)
        if (is_jump_op(INSTR_OP(co->code[i])) && INSTR_ARG(co->code[i]) <= co->ncode)
            target[INSTR_ARG(co->code[i])] = true;
    for (uint32_t i = 0; target && i < co->nexc; i++)
        if (co->exctable[i].target <= co->ncode) target[co->exctable[i].target] = true;
    int last_line = -1;
    for (uint32_t pc = 0; pc < co->ncode; pc++) {
        uint32_t w = co->code[pc];
        Opcode op = INSTR_OP(w);
        const LineEntry *le = code_position(co, pc);
        int line = le ? le->line : co->firstlineno;
        if (line != last_line) {
            printf("%s%4d ", pc ? "\n" : "", line);
            last_line = line;
        } else {
            printf("     ");
        }
        printf("%s %5u %-22s", target && target[pc] ? ">>" : "  ", pc,
               op < OP_COUNT ? opcode_names[op] : "<bad opcode>");
        bool has_arg = INSTR_ARG(w) != 0 || op == OP_LOAD_CONST || uses_name(op) || uses_slot(op)
                    || is_jump_op(op) || op == OP_BINARY_OP || op == OP_COMPARE_OP
                    || op == OP_KW_NAMES || op == OP_CALL || op == OP_BUILD_TUPLE
                    || op == OP_BUILD_LIST || op == OP_BUILD_MAP || op == OP_BUILD_SET;
        if (has_arg) printf(" %u", INSTR_ARG(w));
        print_meaning(t, co, w);
        printf("\n");
    }
    free(target);
    if (co->nexc) {
        printf("ExceptionTable:\n");
        for (uint32_t i = 0; i < co->nexc; i++) {
            const ExcEntry *e = &co->exctable[i];
            printf("  %u to %u -> %u [%u]\n", e->start, e->end - 1, e->target, e->depth);
        }
    }
    for (uint32_t i = 0; i < co->nconsts; i++)
        if (is_code(co->consts[i])) {
            printf("\n");
            debug_disassemble(t, (CodeObj *)val_as_obj(co->consts[i]));
        }
}
