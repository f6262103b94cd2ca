/*
 * fuzz_run.c -- libFuzzer target for whole scripts: the input runs as
 * __main__ in a fresh interpreter on virtual time, so sleeps cost
 * nothing, under a step limit, a heap limit and an allocation limit, so
 * that `while True: pass`, 'x' * 10**12 and their kin end in an exception
 * instead of a hang or an out-of-memory kill.  Any exception is fine; a crash, a
 * sanitizer report or a leak is a bug.
 *
 * The script's stdout goes to /dev/null and its uncaught exception is
 * dropped (ASTER_FUZZ_VERBOSE=1 keeps both, to look at one input),
 * stdin reads as empty, and there is no builtin open() and no `_os` or
 * `ffi` module (None in sys.modules): random scripts must not write or
 * delete files, run commands, signal processes or call C.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <fcntl.h>
#include "compile.h"
#include "exc.h"
#include "import.h"
#include "interp.h"
#include "interrupt.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "vm.h"

/* Budgets per input: poll points (backward jumps, calls, native
 * iteration steps), heap bytes, and bytes allocated in all (which bounds
 * quadratic copying, s += 'x' in a loop). */
#define STEP_LIMIT 100000
#define HEAP_LIMIT (32u << 20)
#define ALLOCATION_LIMIT (256u << 20)

static bool verbose;

const char *__asan_default_options(void);
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* ASan's memmem wrapper checks the whole haystack on every call, which
 * makes str.count over a few megabytes take minutes. */
const char *__asan_default_options(void)
{
    return "intercept_memmem=0";
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *v = getenv("ASTER_FUZZ_VERBOSE");
    verbose = v && *v && *v != '0';
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
        dup2(null, STDIN_FILENO);
        if (!verbose) dup2(null, STDOUT_FILENO);
        close(null);
    }
    return 0;
}

static void run(Thread *t, const char *src, size_t len)
{
    Value open_name = str_from_cstr(t, "open");
    if (open_name == VAL_ERROR || dict_del(t, t->interp->builtins, open_name) < 0) return;
    static const char *const blocked[] = { "_os", "ffi" };
    for (size_t i = 0; i < sizeof blocked / sizeof blocked[0]; i++)
        if (dict_set_cstr(t, t->interp->modules, blocked[i], VAL_NONE) < 0) return;
    Value m = module_new(t, "__main__");
    if (m == VAL_ERROR) return;
    gc_push_root(t, m);
    if (dict_set_str(t, t->interp->modules, NAME(t, main), m) < 0) return;
    DictObj *globals = ((ModuleObj *)val_as_obj(m))->dict;
    Value code = compile_source(t, src, len, "<fuzz>", PARSE_FILE);
    if (code == VAL_ERROR) return;
    gc_push_root(t, code);
    vm_run_module(t, (CodeObj *)val_as_obj(code), globals);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Thread *t = interp_new(0, NULL, true);
    if (!t) abort();
    import_set_script_dir(t, ".");
    t->interp->deadlock_raises = true;
    t->gc->limit = HEAP_LIMIT;
    t->gc->allocation_limit = t->gc->allocated + ALLOCATION_LIMIT;
    interrupt_set_step_limit(t, STEP_LIMIT);
    run(t, (const char *)data, size);
    interrupt_set_step_limit(t, 0);
    t->gc->limit = t->gc->allocation_limit = 0;  /* the report may need memory */
    if (exc_pending(t)) {
        if (verbose) exc_report_uncaught(t);
        else exc_clear(t);
    }
    interp_free(t);
    return 0;
}
