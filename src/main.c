/*
 * main.c -- the command line.
 *
 *   aster [options] FILE [args...]   run a script
 *   aster [options] -c CODE [args...]
 *   aster [options] --dis FILE       print the bytecode of a script
 *   aster [options] [-i]             the REPL (repl.h); -i FILE runs FILE first
 *   aster test [PATHS...] [options]  run the test suite (testrunner.h)
 *   aster --version | --help
 *
 * Exit status: 0 on success, 1 on an uncaught exception (traceback on
 * stderr), 2 on a usage error, SystemExit's code when the script exits.
 */
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "compile.h"
#include "exc.h"
#include "frame.h"
#include "gil.h"
#include "import.h"
#include "interp.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_file.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "ops.h"
#include "repl.h"
#include "signals.h"
#include "testrunner.h"
#include "vm.h"

#define ASTER_VERSION "0.1.0"

static const char repl_banner[] =
    "aster " ASTER_VERSION " -- await works at the prompt; exit() or Ctrl-D leaves";

static const char usage[] =
    "usage: aster [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c CODE          run CODE as a program\n"
    "  --dis FILE       print the bytecode the compiler makes for FILE\n"
    "  -i               after the program, or with none, read entries\n"
    "                   interactively (the REPL); on a terminal the REPL\n"
    "                   starts by itself when no program is named\n"
    "  -W ARG           a warnings filter, action:message:category:module:lineno\n"
    "                   (sys.warnoptions; may be repeated)\n"
    "  --virtual-time   run on a virtual clock: sleeps take no time, the\n"
    "                   wall clock starts at 2000-01-01 00:00:00 UTC\n"
    "  --gc-stress      collect garbage at every allocation (for testing)\n"
    "  --version        print the version and exit\n"
    "  -h, --help       print this help and exit\n"
    "With no file, the program is read from standard input, unless it is\n"
    "a terminal: then the REPL starts.\n"
    "`aster test --help` describes the test runner.\n";

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
    }
    *len = n;
    return buf;
}

/* The __main__ module's globals, registered in sys.modules; NULL with an
 * exception pending on failure.  (sys.modules keeps the module alive.) */
static DictObj *main_globals(Thread *t)
{
    Value m = module_new(t, "__main__");
    if (m == VAL_ERROR) return NULL;
    gc_push_root(t, m);
    int rc = dict_set_str(t, t->interp->modules, NAME(t, main), m);
    gc_pop_roots(t, 1);
    return rc < 0 ? NULL : ((ModuleObj *)val_as_obj(m))->dict;
}

/* sys.warnoptions: the arguments of the -W options among argv[1..end),
 * which the warnings module turns into filters when it is imported. */
static int set_warnoptions(Thread *t, char **argv, int end)
{
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) return -1;
    gc_push_root(t, list);
    int rc = 0;
    for (int i = 1; i < end && rc == 0; i++) {
        if (strncmp(argv[i], "-W", 2) != 0) {
            if (strcmp(argv[i], "-c") == 0) break;
            continue;
        }
        Value s = str_from_cstr(t, argv[i][2] ? argv[i] + 2 : argv[++i]);
        rc = s == VAL_ERROR ? -1 : list_append(t, list, s);
    }
    if (rc == 0) rc = dict_set_cstr(t, t->interp->sys_dict, "warnoptions", list);
    gc_pop_roots(t, 1);
    return rc;
}

static int run_source(Thread *t, DictObj *globals, const char *src, size_t len, const char *filename, bool dis)
{
    uint32_t mark = gc_root_mark(t);
    int status = 0;
    Value fname = str_from_cstr(t, filename);
    if (fname == VAL_ERROR) goto failed;
    gc_push_root(t, fname);
    Value text = str_new(t, src, len);
    if (text == VAL_ERROR) {
        /* Not UTF-8: the compiler reports it as a SyntaxError. */
        exc_clear(t);
        text = VAL_NONE;
    }
    if ((text != VAL_NONE && dict_set(t, t->interp->source_cache, fname, text) < 0)
        || dict_set_str(t, globals, NAME(t, file), fname) < 0)
        goto failed;
    Value code = compile_source(t, src, len, filename, PARSE_FILE);
    if (code == VAL_ERROR) goto failed;
    gc_push_root(t, code);
    if (dis) debug_disassemble(t, (CodeObj *)val_as_obj(code));
    else if (vm_run_module(t, (CodeObj *)val_as_obj(code), globals) == VAL_ERROR) goto failed;
    goto out;
failed:
    status = exc_report_uncaught(t);
out:
    gc_root_reset(t, mark);
    return status;
}

/* The program has finished: waits for its threads that are not daemons
 * (threading._shutdown), as CPython does.  With daemon threads still
 * running, the heap cannot be freed under them: the output is flushed
 * and the process ends here. */
static int finish_threads(Thread *t, int status)
{
    StrObj *name = str_intern(t, "threading");
    StrObj *method = str_intern(t, "_shutdown");
    Value threading = name && method ? dict_get_str(t->interp->modules, name) : VAL_UNBOUND;
    if (threading != VAL_UNBOUND && threading != VAL_NONE) {
        if (op_call_method(t, threading, method, NULL, 0) == VAL_ERROR) {
            int rc = exc_report_uncaught(t);
            if (status == 0) status = rc;
        }
    }
    exc_clear(t);
    if (t->interp->nthreads > 1) {
        gil_finalize();
        file_flush_all(t);
        fflush(NULL);
        _exit(status);
    }
    return status;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "test") == 0)
        return testrunner_main(argc - 1, argv + 1, "/proc/self/exe");
    bool virtual_time = false, dis = false, gc_stress = false, interactive = false;
    const char *code = NULL;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("aster %s\n", ASTER_VERSION);
            return 0;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (strcmp(a, "--virtual-time") == 0) {
            virtual_time = true;
        } else if (strcmp(a, "--gc-stress") == 0) {
            gc_stress = true;
        } else if (strcmp(a, "--dis") == 0) {
            dis = true;
        } else if (strcmp(a, "-i") == 0) {
            interactive = true;
        } else if (strncmp(a, "-W", 2) == 0) {
            if (!a[2] && i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -W option\n%s", usage);
                return 2;
            }
            if (!a[2]) i++;     /* set_warnoptions reads them again */
        } else if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -c option\n%s", usage);
                return 2;
            }
            code = argv[++i];
            i++;
            break;
        } else if (strcmp(a, "-") == 0 || a[0] != '-') {
            break;
        } else {
            fprintf(stderr, "unknown option %s\n%s", a, usage);
            return 2;
        }
    }
    if (gc_stress) setenv("ASTER_GC_STRESS", "1", 1);
    int options_end = i;

    /* sys.argv: the script (or "-c") and what follows it. */
    int sargc = 0;
    char **sargv = malloc(sizeof(char *) * (size_t)(argc + 1));
    if (!sargv) return 1;
    const char *script = NULL;
    if (code) sargv[sargc++] = "-c";
    else if (i < argc) script = argv[i++], sargv[sargc++] = (char *)script;
    else sargv[sargc++] = "";
    for (; i < argc; i++) sargv[sargc++] = argv[i];

    /* No program named: the REPL on a terminal (or with -i), else the
     * program is read from stdin. */
    bool from_stdin = !code && (!script || strcmp(script, "-") == 0);
    bool repl_only = from_stdin && (interactive || isatty(STDIN_FILENO));
    size_t len = 0;
    char *src = NULL;
    const char *filename = "<stdin>";
    if (code) {
        src = strdup(code);
        len = strlen(code);
        filename = "<string>";
    } else if (!from_stdin) {
        FILE *f = fopen(script, "rb");
        if (!f) {
            fprintf(stderr, "aster: can't open file '%s': [Errno 2] No such file or directory\n", script);
            free(sargv);
            return 2;
        }
        src = read_all(f, &len);
        fclose(f);
        filename = script;
    } else if (!repl_only) {
        src = read_all(stdin, &len);
    }
    if (!src && !repl_only) {
        fputs("aster: out of memory reading the program\n", stderr);
        free(sargv);
        return 1;
    }

    signals_init();
    Thread *t = interp_new(sargc, sargv, virtual_time);
    if (!t) {
        free(src);
        free(sargv);
        return 1;
    }
    if (!from_stdin && !code) {
        char *copy = strdup(script);
        import_set_script_dir(t, copy ? dirname(copy) : ".");
        free(copy);
    } else {
        import_set_script_dir(t, ".");
    }
    int status;
    DictObj *globals = main_globals(t);
    if (!globals || set_warnoptions(t, argv, options_end) < 0) status = exc_report_uncaught(t);
    else {
        status = repl_only ? 0 : run_source(t, globals, src, len, filename, dis);
        if (repl_only || (interactive && !dis)) status = repl_main(t, globals, repl_banner);
    }
    status = finish_threads(t, status);
    interp_free(t);
    free(src);
    free(sargv);
    return status;
}
