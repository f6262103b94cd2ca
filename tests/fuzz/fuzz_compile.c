/*
 * fuzz_compile.c -- libFuzzer target for the compiler (parser, symbol
 * table, code generation and its stack-depth analysis).
 *
 * The input is compiled as a file and as a REPL entry; nothing runs.
 * Compiling only adds interned names and garbage to the interpreter, so
 * one interpreter serves many inputs and is replaced every
 * INPUTS_PER_INTERP of them to keep the interned table from growing.
 */
#include <stddef.h>
#include <stdint.h>
#include "compile.h"
#include "exc.h"
#include "interp.h"

#define INPUTS_PER_INTERP 1000

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static Thread *thread;
static unsigned inputs;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (thread && inputs++ == INPUTS_PER_INTERP) {
        interp_free(thread);
        thread = NULL;
        inputs = 0;
    }
    if (!thread && !(thread = interp_new(0, NULL, true))) return 0;
    const char *src = (const char *)data;
    if (compile_source(thread, src, size, "<fuzz>", PARSE_FILE) == VAL_ERROR) exc_clear(thread);
    bool incomplete;
    if (compile_interactive(thread, src, size, "<fuzz>", &incomplete) == VAL_ERROR && !incomplete)
        exc_clear(thread);
    return 0;
}
