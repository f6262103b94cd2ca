/*
 * compile.h -- syntax tree to code objects (symtable.c + compile.c).
 */
#ifndef ASTER_COMPILE_H
#define ASTER_COMPILE_H

#include "ast.h"
#include "opcodes.h"
#include "parse.h"

/* Compiles a module tree into a CodeObj value (CO_MODULE).  `source` is
 * the text (for SyntaxError's line).  On a compile-time error (e.g.
 * "'return' outside function") raises SyntaxError and returns VAL_ERROR.
 * In PARSE_INTERACTIVE mode, expression statements print their value
 * (PRINT_EXPR). */
Value compile_module(Thread *t, Node *module, const char *filename, const char *source,
                     ParseMode mode);

/* Parse + compile in one step; a parse error becomes a raised
 * SyntaxError (with filename, lineno, offset, text, end_lineno, end_offset
 * attributes set as Python does). */
Value compile_source(Thread *t, const char *src, size_t len, const char *filename,
                     ParseMode mode);

/* compile_source for one REPL entry.  When the entry needs more lines
 * (an open block or bracket), returns VAL_ERROR with *incomplete set and
 * no exception raised. */
Value compile_interactive(Thread *t, const char *src, size_t len, const char *filename, bool *incomplete);

/* Raises the SyntaxError described by err (shared with the REPL). */
Value compile_raise_syntax_error(Thread *t, const ParseError *err, const char *filename,
                                 const char *source, size_t len);

/* The net stack effect of an instruction; for jumps, `jump` selects the
 * taken (true) or fall-through (false) edge.  Used by the compiler's
 * stack-size analysis and available to the VM's debug checks. */
int opcode_stack_effect(Opcode op, uint32_t arg, bool jump);

#endif
