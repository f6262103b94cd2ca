/*
 * fuzz_parse.c -- libFuzzer target for the lexer and parser.
 *
 * Parses the input as a file, as one REPL entry and as an expression.
 * The parser touches no interpreter state, so no set-up is needed; any
 * bytes must give a tree or a ParseError, never a crash.
 */
#include <stddef.h>
#include <stdint.h>
#include "parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ParseMode modes[] = { PARSE_FILE, PARSE_INTERACTIVE, PARSE_EVAL };
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        Arena *a = arena_new();
        ParseError err = { 0 };
        parse_source(a, (const char *)data, size, modes[i], &err);
        arena_free(a);
    }
    return 0;
}
