/*
 * opcodes.h -- the instruction set, defined once.
 *
 * An instruction is one 32-bit word: opcode in the low 8 bits, argument in
 * the high 24 (INSTR_OP / INSTR_ARG).  Jump targets are absolute
 * instruction indexes.  OPCODE(name, stack_effect) feeds the enum, the
 * disassembler's names and the VM's computed-goto table; a stack effect of
 * VAR means "depends on the argument" (see opcode_stack_effect in
 * compile.c).
 *
 * Stack pictures read bottom -> top.  "NULL" is VAL_UNBOUND on the stack.
 * "localsplus" is the frame's slot array: locals (arguments first), then
 * cells, then free variables (code.h).
 */
#ifndef ASTER_OPCODES_H
#define ASTER_OPCODES_H

#include <stdint.h>

#define VAR 99

#define OPCODE_LIST(OPCODE) \
    OPCODE(NOP, 0)               /* */ \
    OPCODE(POP_TOP, -1)          /* x -> */ \
    OPCODE(COPY, 1)              /* push a copy of stack[-arg] (arg >= 1) */ \
    OPCODE(SWAP, 0)              /* swap TOS and stack[-arg] (arg >= 2) */ \
    OPCODE(PUSH_NULL, 1)         /* -> NULL */ \
    OPCODE(LOAD_CONST, 1)        /* -> consts[arg] */ \
    OPCODE(LOAD_FAST, 1)         /* -> localsplus[arg]; UnboundLocalError if unset */ \
    OPCODE(STORE_FAST, -1)       /* x -> ; localsplus[arg] = x */ \
    OPCODE(DELETE_FAST, 0)       /* unset localsplus[arg] (UnboundLocalError if unset) */ \
    OPCODE(MAKE_CELL, 0)         /* localsplus[arg] = new cell holding its old value (or empty) */ \
    OPCODE(COPY_FREE_VARS, 0)    /* copy the function's arg closure cells into the last arg slots */ \
    OPCODE(LOAD_DEREF, 1)        /* -> contents of cell localsplus[arg]; NameError/UnboundLocalError if empty */ \
    OPCODE(STORE_DEREF, -1)      /* x -> ; cell localsplus[arg] = x */ \
    OPCODE(DELETE_DEREF, 0)      /* empty cell localsplus[arg] */ \
    OPCODE(LOAD_CLOSURE, 1)      /* -> the cell object localsplus[arg] itself */ \
    OPCODE(LOAD_CLASSDEREF, 1)   /* class body: locals dict[name of slot arg] else cell contents */ \
    OPCODE(LOAD_GLOBAL, 1)       /* -> globals[names[arg]] else builtins; NameError */ \
    OPCODE(STORE_GLOBAL, -1)     /* x -> ; globals[names[arg]] = x */ \
    OPCODE(DELETE_GLOBAL, 0)     /* */ \
    OPCODE(LOAD_NAME, 1)         /* -> locals dict, globals, builtins [names[arg]] */ \
    OPCODE(STORE_NAME, -1)       /* x -> ; locals dict[names[arg]] = x */ \
    OPCODE(DELETE_NAME, 0)       /* */ \
    OPCODE(LOAD_ATTR, 0)         /* obj -> obj.names[arg] */ \
    OPCODE(STORE_ATTR, -2)       /* value obj -> ; obj.names[arg] = value */ \
    OPCODE(DELETE_ATTR, -1)      /* obj -> */ \
    OPCODE(LOAD_METHOD, 1)       /* obj -> meth obj   (an unbound method found on the type) */ \
                                 /*     or NULL attr  (anything else)                       */ \
    OPCODE(KW_NAMES, 0)          /* the next CALL's keyword names are consts[arg] (a tuple) */ \
    OPCODE(CALL, VAR)            /* A B arg1..argN -> result.  A NULL: call B(args); */ \
                                 /*   else call A(B, args).  With KW_NAMES, the last */ \
                                 /*   len(kwnames) args are keyword values. */ \
    OPCODE(CALL_FUNCTION_EX, VAR) /* NULL f argstuple [kwdict if arg&1] -> f(*args, **kw) */ \
    OPCODE(BINARY_OP, -1)        /* a b -> a op b; arg is a BinOp, | 0x80 for in-place (a op= b) */ \
    OPCODE(UNARY_NEGATIVE, 0)    /* */ \
    OPCODE(UNARY_POSITIVE, 0)    /* */ \
    OPCODE(UNARY_INVERT, 0)      /* */ \
    OPCODE(UNARY_NOT, 0)         /* x -> not x */ \
    OPCODE(COMPARE_OP, -1)       /* a b -> a cmp b; arg is a CmpOp */ \
    OPCODE(IS_OP, -1)            /* a b -> a is b (arg 1: is not) */ \
    OPCODE(CONTAINS_OP, -1)      /* a b -> a in b (arg 1: not in) */ \
    OPCODE(BINARY_SUBSCR, -1)    /* container key -> container[key] */ \
    OPCODE(STORE_SUBSCR, -3)     /* value container key -> */ \
    OPCODE(DELETE_SUBSCR, -2)    /* container key -> */ \
    OPCODE(BUILD_SLICE, VAR)     /* start stop [step if arg==3] -> slice */ \
    OPCODE(BUILD_TUPLE, VAR)     /* x1..xN -> (x1..xN) */ \
    OPCODE(BUILD_LIST, VAR)      /* x1..xN -> [x1..xN] */ \
    OPCODE(BUILD_SET, VAR)       /* x1..xN -> {x1..xN} */ \
    OPCODE(BUILD_MAP, VAR)       /* k1 v1..kN vN -> {k1: v1, ...} */ \
    OPCODE(BUILD_STRING, VAR)    /* s1..sN -> s1 + ... + sN (all str) */ \
    OPCODE(LIST_APPEND, -1)      /* x -> ; stack[-arg] (after pop) .append(x) */ \
    OPCODE(SET_ADD, -1)          /* x -> ; stack[-arg].add(x) */ \
    OPCODE(MAP_ADD, -2)          /* k v -> ; stack[-arg][k] = v */ \
    OPCODE(LIST_EXTEND, -1)      /* it -> ; stack[-arg].extend(it); arg may carry */ \
                                 /*   EXTEND_CALL_ARGS: the list is f(*it)'s arguments */ \
                                 /*   and the callee sits right below it (for messages) */ \
    OPCODE(SET_UPDATE, -1)       /* it -> ; stack[-arg].update(it) */ \
    OPCODE(DICT_UPDATE, -1)      /* m -> ; stack[-arg].update(m)  ({**m}) */ \
    OPCODE(DICT_MERGE, -1)       /* m -> ; like DICT_UPDATE, but a repeated key is a */ \
                                 /*   TypeError "got multiple values for keyword argument" */ \
                                 /*   (f(**m)); stack[-arg-2] is the callee, for the message */ \
    OPCODE(LIST_TO_TUPLE, 0)     /* list -> tuple */ \
    OPCODE(FORMAT_VALUE, VAR)    /* x [spec if arg&4] -> formatted str; arg&3: 0 none, 1 str, 2 repr, 3 ascii */ \
    OPCODE(JUMP, 0)              /* goto arg */ \
    OPCODE(POP_JUMP_IF_FALSE, -1) /* x -> ; if not x goto arg */ \
    OPCODE(POP_JUMP_IF_TRUE, -1)  /* x -> ; if x goto arg */ \
    OPCODE(JUMP_IF_FALSE_OR_POP, VAR) /* x -> x (and goto arg) if not x, else -> */ \
    OPCODE(JUMP_IF_TRUE_OR_POP, VAR)  /* x -> x (and goto arg) if x, else -> */ \
    OPCODE(GET_ITER, 0)          /* x -> iter(x) */ \
    OPCODE(FOR_ITER, VAR)        /* it -> it next(it); exhausted: pop it, goto arg */ \
    OPCODE(RETURN_VALUE, -1)     /* x -> ; return x */ \
    OPCODE(RAISE_VARARGS, VAR)   /* arg 0: re-raise exc_info; 1: exc ->; 2: exc cause -> */ \
    OPCODE(RERAISE, -1)          /* exc -> ; raise exc again (traceback kept) */ \
    OPCODE(PUSH_EXC_INFO, 1)     /* exc -> prev_exc_info exc ; exc_info = exc */ \
    OPCODE(POP_EXCEPT, -1)       /* prev_exc_info -> ; exc_info = prev_exc_info */ \
    OPCODE(CHECK_EXC_MATCH, 0)   /* exc type -> exc bool (type may be a tuple) */ \
    OPCODE(LOAD_ASSERTION_ERROR, 1) /* -> AssertionError */ \
    OPCODE(IMPORT_NAME, -1)      /* level fromlist -> module (names[arg]) */ \
    OPCODE(IMPORT_FROM, 1)       /* module -> module module.names[arg] (ImportError if missing) */ \
    OPCODE(IMPORT_STAR, -1)      /* module -> ; copy public names into locals/globals */ \
    OPCODE(MAKE_FUNCTION, VAR)   /* [defaults if arg&1] [kwdefaults if arg&2] */ \
                                 /*   [closure tuple if arg&8] code -> function */ \
    OPCODE(LOAD_BUILD_CLASS, 1)  /* -> builtins.__build_class__ */ \
    OPCODE(BEFORE_WITH, 1)       /* mgr -> bound mgr.__exit__, mgr.__enter__() */ \
    OPCODE(WITH_EXCEPT_START, 1) /* exit prev exc -> exit prev exc exit(type(exc), exc, tb) */ \
    OPCODE(UNPACK_SEQUENCE, VAR) /* seq -> xN..x1 (x1 on top) */ \
    OPCODE(UNPACK_EX, VAR)       /* seq -> after..., list, before... (arg = before | after << 8) */ \
    OPCODE(GET_YIELD_FROM_ITER, 0) /* x -> iter(x) (a generator or coroutine passes through) */ \
    OPCODE(SEND, 0)              /* sub v -> sub result: send v into sub; on StopIteration */ \
                                 /*   (sub returned) -> sub's return value, goto arg */ \
    OPCODE(YIELD_VALUE, 0)       /* x -> sent value; suspend the generator yielding x */ \
    OPCODE(GET_AWAITABLE, 0)     /* x -> awaitable iterator for x (TypeError if none) */ \
    OPCODE(GET_AITER, 0)         /* x -> x.__aiter__() */ \
    OPCODE(GET_ANEXT, 1)         /* ait -> ait awaitable(ait.__anext__()) */ \
    OPCODE(END_ASYNC_FOR, -2)    /* ait exc -> ; StopAsyncIteration ends the loop, else re-raise */ \
    OPCODE(BEFORE_ASYNC_WITH, 1) /* mgr -> bound mgr.__aexit__, mgr.__aenter__() */ \
    OPCODE(PRINT_EXPR, -1)       /* x -> ; REPL echo: repr(x) printed and _ set unless None */ \
    OPCODE(SETUP_ANNOTATIONS, 0) /* ensure __annotations__ in locals */

typedef enum {
#define OPCODE_ENUM(name, effect) OP_##name,
    OPCODE_LIST(OPCODE_ENUM)
#undef OPCODE_ENUM
    OP_COUNT
} Opcode;

#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(w) ((Opcode)((w) & 0xFF))
#define INSTR_ARG(w) ((w) >> 8)
#define INSTR_ARG_MAX 0xFFFFFF
#define BINOP_INPLACE 0x80
#define EXTEND_CALL_ARGS 0x10000

extern const char *const opcode_names[OP_COUNT];

#endif
