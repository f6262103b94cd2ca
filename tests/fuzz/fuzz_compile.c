/*
 * fuzz_compile.c -- libFuzzer target for the compiler (parser, symbol
 * table, code generation and its stack-depth analysis).
 *
 * The input is compiled as a file and as a REPL entry; nothing runs.
 * Each input gets a fresh interpreter: one kept across inputs would keep
 * their interned names and garbage, and libFuzzer, seeing more mallocs
 * than frees, would run a full leak scan after every input.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "compile.h"
#include "exc.h"
#include "interp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Thread *t = interp_new(0, NULL, true);
    if (!t) abort();
    const char *src = (const char *)data;
    if (compile_source(t, src, size, "<fuzz>", PARSE_FILE) == VAL_ERROR) exc_clear(t);
    bool incomplete;
    if (compile_interactive(t, src, size, "<fuzz>", &incomplete) == VAL_ERROR && !incomplete)
        exc_clear(t);
    interp_free(t);
    return 0;
}
