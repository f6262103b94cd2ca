/*
 * repl.c -- the interactive session: read an entry, compile it with
 * top-level await allowed, run it, echo its value, repeat.
 *
 * One event loop lives for the whole session.  While an entry runs the
 * loop is hosted (asyncio.h): create_task works at the prompt and an
 * entry with `await` runs as a task on it.  Between entries the loop
 * keeps turning while lineedit waits for keys, so tasks started at the
 * prompt go on running; what they print appears above the line being
 * typed.  Failed tasks nobody looked at are reported as soon as the
 * loop has run, not when the session ends.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "repl.h"
#include "asyncio.h"
#include "code.h"
#include "compile.h"
#include "exc.h"
#include "gc.h"
#include "import.h"
#include "interrupt.h"
#include "lineedit.h"
#include "obj_dict.h"
#include "obj_file.h"
#include "obj_list.h"
#include "obj_str.h"
#include "ops.h"
#include "strbuf.h"
#include "vm.h"

typedef struct {
    Thread *t;
    DictObj *globals;
    uint32_t loop_slot;         /* t->roots[loop_slot] is the session's loop */
    bool tty;
    bool leaving;               /* SystemExit: the session ends */
    int status;                 /* the exit status once leaving */
} Repl;

static Value session_loop(Repl *r) { return r->t->roots[r->loop_slot]; }
static LoopObj *session_loop_obj(Repl *r) { return (LoopObj *)val_as_obj(session_loop(r)); }

/* ---- errors ---------------------------------------------------------------------- */

/* Prints the pending exception; a SystemExit ends the session. */
static void report_error(Repl *r)
{
    bool exiting = exc_matches(r->t, &SystemExitType);
    int status = exc_report_uncaught(r->t);
    if (exiting) {
        r->leaving = true;
        r->status = status;
    }
}

/* ---- the session's loop -------------------------------------------------------------- */

static Value call_attr(Thread *t, Value obj, const char *name, Value *args, int nargs)
{
    return op_call_method(t, obj, str_intern(t, name), args, nargs);
}

/* Makes a new event loop the session's (at the start, and after an entry
 * closed the old one). */
static int new_session_loop(Repl *r)
{
    Thread *t = r->t;
    Value asyncio = import_module(t, "asyncio");
    if (asyncio == VAL_ERROR) return -1;
    gc_push_root(t, asyncio);
    Value loop = call_attr(t, asyncio, "new_event_loop", NULL, 0);
    int rc = -1;
    if (loop != VAL_ERROR) {
        t->roots[r->loop_slot] = loop;
        if (call_attr(t, asyncio, "set_event_loop", &loop, 1) != VAL_ERROR) rc = 0;
    }
    gc_pop_roots(t, 1);
    return rc;
}

/* One turn of the loop (due timers and ready callbacks), then the
 * report of the tasks that failed with nobody looking. */
static void turn_loop(Repl *r)
{
    LoopObj *loop = session_loop_obj(r);
    if (!loop->closed && loop_run_ready(r->t, loop) < 0) report_error(r);
    if (loop_report_unretrieved(r->t, loop) < 0) report_error(r);
    file_flush_all(r->t);
}

/* Cancels what still runs on the session's loop, as asyncio.run does at
 * its end, and closes the loop. */
static void close_session_loop(Repl *r)
{
    Thread *t = r->t;
    Value loop = session_loop(r);
    if (session_loop_obj(r)->closed) return;
    Value runners = import_module(t, "asyncio.runners");
    if (runners == VAL_ERROR || call_attr(t, runners, "_cancel_all_tasks", &loop, 1) == VAL_ERROR
        || call_attr(t, loop, "close", NULL, 0) == VAL_ERROR)
        exc_print(t, exc_fetch(t));
    file_flush_all(t);
}

/* ---- running an entry --------------------------------------------------------------- */

/* An entry with top-level await runs as a task on the session's loop.
 * Ctrl-C cancels that task and lets it finish before reporting. */
static Value run_async_entry(Repl *r, Value code)
{
    Thread *t = r->t;
    uint32_t mark = gc_root_mark(t);
    Value loop = session_loop(r);
    gc_push_root(t, loop);
    Value result = VAL_ERROR;
    Value coro = vm_module_coroutine(t, (CodeObj *)val_as_obj(code), r->globals);
    if (coro == VAL_ERROR) goto out;
    gc_push_root(t, coro);
    Value task = call_attr(t, loop, "create_task", &coro, 1);
    if (task == VAL_ERROR) goto out;
    gc_push_root(t, task);
    result = call_attr(t, loop, "run_until_complete", &task, 1);
    if (result == VAL_ERROR && exc_matches(t, &KeyboardInterruptType)
        && ((FutureObj *)val_as_obj(task))->state == FUT_PENDING) {
        Value interrupt = exc_fetch(t);
        gc_push_root(t, interrupt);
        if (call_attr(t, task, "cancel", NULL, 0) == VAL_ERROR
            || call_attr(t, loop, "run_until_complete", &task, 1) == VAL_ERROR) {
            if (exc_matches(t, &KeyboardInterruptType)) interrupt = exc_fetch(t);
            exc_clear(t);
        }
        t->exc = interrupt;
    }
out:
    gc_root_reset(t, mark);
    return result;
}

static void run_entry(Repl *r, Value code)
{
    Thread *t = r->t;
    gc_push_root(t, code);
    LoopObj *loop = session_loop_obj(r);
    loop_host(t, loop);
    CodeObj *co = (CodeObj *)val_as_obj(code);
    Value result = (co->flags & CO_COROUTINE) ? run_async_entry(r, code) : vm_run_module(t, co, r->globals);
    loop_unhost(t, loop);
    gc_pop_roots(t, 1);
    if (result == VAL_ERROR) report_error(r);
    if (loop->closed && !r->leaving && new_session_loop(r) < 0) report_error(r);
    turn_loop(r);
}

/* ---- completion ------------------------------------------------------------------- */

typedef struct {
    char **items;
    size_t len, cap;
} Names;

static void names_add(Names *n, const char *prefix, size_t plen, const char *name)
{
    if (n->len + 2 > n->cap) {
        size_t cap = n->cap ? n->cap * 2 : 64;
        char **items = realloc(n->items, cap * sizeof *items);
        if (!items) return;
        n->items = items;
        n->cap = cap;
    }
    size_t len = strlen(name);
    char *s = malloc(plen + len + 1);
    if (!s) return;
    memcpy(s, prefix, plen);
    memcpy(s + plen, name, len + 1);
    n->items[n->len++] = s;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds the str items of `names` that start with word; names starting
 * with '_' only when word does too. */
static void add_matching(Names *n, Value names, const char *prefix, size_t plen, const char *word)
{
    size_t wlen = strlen(word);
    ListObj *l = (ListObj *)val_as_obj(names);
    for (size_t i = 0; i < l->len; i++) {
        if (!str_check(l->items[i])) continue;
        const char *name = str_cstr(l->items[i]);
        if (strncmp(name, word, wlen) == 0 && (name[0] != '_' || word[0] == '_'))
            names_add(n, prefix, plen, name);
    }
}

static bool is_dotted_name(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!(s[i] == '.' || s[i] == '_' || (s[i] >= '0' && s[i] <= '9') || (unsigned)((s[i] | 0x20) - 'a') < 26u
              || (unsigned char)s[i] >= 0x80))
            return false;
    return len > 0;
}

/* The value of a dotted name such as `asyncio.Queue`, or VAL_ERROR. */
static Value resolve_dotted(Repl *r, const char *s, size_t len)
{
    Thread *t = r->t;
    const char *dot = memchr(s, '.', len);
    size_t first = dot ? (size_t)(dot - s) : len;
    Value key = str_new(t, s, first);
    if (key == VAL_ERROR) return key;
    Value v = dict_get_str(r->globals, STR(key));
    if (v == VAL_UNBOUND) v = dict_get_str(t->interp->builtins, STR(key));
    while (v != VAL_UNBOUND && dot) {
        const char *part = dot + 1;
        dot = memchr(part, '.', len - (size_t)(part - s));
        size_t plen = dot ? (size_t)(dot - part) : len - (size_t)(part - s);
        gc_push_root(t, v);
        key = str_new(t, part, plen);
        gc_push_root(t, key);
        v = key == VAL_ERROR ? VAL_ERROR : op_getattr_opt(t, v, STR(key));
        gc_pop_roots(t, 2);
        if (v == VAL_ERROR) return v;
    }
    return v == VAL_UNBOUND ? VAL_ERROR : v;
}

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    NULL,
};

/* list(d): a snapshot of its keys. */
static Value dict_key_list(Thread *t, DictObj *d)
{
    Value dv = val_from_obj(d);
    return op_call(t, val_from_obj(&ListType), &dv, 1, NULL);
}

static char **complete(void *ctx, const char *word)
{
    Repl *r = ctx;
    Thread *t = r->t;
    uint32_t mark = gc_root_mark(t);
    Names n = { 0 };
    const char *dot = strrchr(word, '.');
    if (dot && is_dotted_name(word, (size_t)(dot - word))) {
        Value obj = resolve_dotted(r, word, (size_t)(dot - word));
        if (obj != VAL_ERROR) {
            gc_push_root(t, obj);
            Value dir = dict_get_str(t->interp->builtins, str_intern(t, "dir"));
            Value names = dir == VAL_UNBOUND ? VAL_ERROR : op_call(t, dir, &obj, 1, NULL);
            if (names != VAL_ERROR && list_check(names))
                add_matching(&n, names, word, (size_t)(dot - word) + 1, dot + 1);
        }
    } else if (!dot) {
        size_t wlen = strlen(word);
        for (int i = 0; keywords[i]; i++)
            if (strncmp(keywords[i], word, wlen) == 0) names_add(&n, "", 0, keywords[i]);
        DictObj *scopes[2] = { r->globals, t->interp->builtins };
        for (int i = 0; i < 2; i++) {
            Value names = dict_key_list(t, scopes[i]);
            if (names == VAL_ERROR) break;
            gc_push_root(t, names);
            add_matching(&n, names, "", 0, word);
        }
    }
    exc_clear(t);
    gc_root_reset(t, mark);
    if (n.len == 0) {
        free(n.items);
        return NULL;
    }
    qsort(n.items, n.len, sizeof *n.items, compare_names);
    size_t kept = 1;
    for (size_t i = 1; i < n.len; i++) {
        if (strcmp(n.items[i], n.items[kept - 1]) == 0) free(n.items[i]);
        else n.items[kept++] = n.items[i];
    }
    n.items[kept] = NULL;
    return n.items;
}

/* ---- reading entries --------------------------------------------------------------- */

static double idle_timeout(void *ctx)
{
    Repl *r = ctx;
    return loop_idle_timeout(r->t, session_loop_obj(r));
}

static bool idle_run(void *ctx)
{
    Repl *r = ctx;
    turn_loop(r);
    return !r->leaving;
}

/* Reads one line without its newline.  (Off a terminal, session turns
 * the loop once before each line, as if the user typed it at once.) */
static LineStatus read_line(Repl *r, const char *prompt, StrBuf *line)
{
    if (r->tty) {
        char *s;
        LineStatus st = lineedit_read(prompt, &s);
        if (st == LINE_OK) {
            strbuf_puts(line, s);
            if (s[strspn(s, " \t")]) lineedit_add_history(s);
            free(s);
        }
        return st;
    }
    Thread *t = r->t;
    Value in = file_std_stream(t, "stdin");
    Value s = in == VAL_UNBOUND || in == VAL_NONE ? VAL_NONE : file_readline_any(t, in);
    if (s == VAL_ERROR) {
        report_error(r);
        return LINE_EOF;
    }
    if (!str_check(s) || STR(s)->len == 0) return LINE_EOF;
    size_t len = STR(s)->len;
    if (str_cstr(s)[len - 1] == '\n') len--;
    strbuf_append(line, str_cstr(s), len);
    return LINE_OK;
}

/* Compiles and runs `entry` if it is complete; false if it needs more. */
static bool try_entry(Repl *r, StrBuf *entry)
{
    Thread *t = r->t;
    bool incomplete;
    Value code = compile_interactive(t, entry->data, entry->len, "<stdin>", &incomplete);
    if (code == VAL_ERROR && incomplete) return false;
    if (code == VAL_ERROR) report_error(r);
    else run_entry(r, code);
    return true;
}

static bool blank(const StrBuf *b)
{
    for (size_t i = 0; i < b->len; i++)
        if (b->data[i] != ' ' && b->data[i] != '\t' && b->data[i] != '\n' && b->data[i] != '\r') return false;
    return true;
}

static void session(Repl *r)
{
    StrBuf entry, line;
    strbuf_init(&entry);
    strbuf_init(&line);
    while (!r->leaving) {
        if (!r->tty) turn_loop(r);
        line.len = 0;
        LineStatus st = read_line(r, entry.len ? "... " : ">>> ", &line);
        if (st == LINE_INTERRUPTED) {
            file_write_stderr(r->t, "KeyboardInterrupt\n", 18);
            entry.len = 0;
            continue;
        }
        if (st != LINE_OK) {
            /* End of input ends an open block, as a blank line would. */
            if (st == LINE_EOF && !blank(&entry)) {
                strbuf_putc(&entry, '\n');
                try_entry(r, &entry);
            }
            if (st == LINE_EOF && r->tty) fputs("\n", stdout);
            break;
        }
        strbuf_append(&entry, line.data ? line.data : "", line.len);
        strbuf_putc(&entry, '\n');
        if (blank(&entry)) {
            entry.len = 0;
            continue;
        }
        if (try_entry(r, &entry)) entry.len = 0;
    }
    strbuf_free(&entry);
    strbuf_free(&line);
}

int repl_main(Thread *t, DictObj *globals, const char *banner)
{
    Repl r = { .t = t, .globals = globals, .tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) };
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, val_from_obj(globals));
    r.loop_slot = gc_root_mark(t);
    gc_push_root(t, VAL_NONE);
    interrupt_install();
    if (new_session_loop(&r) < 0) {
        int status = exc_report_uncaught(t);
        gc_root_reset(t, mark);
        return status;
    }
    if (r.tty) {
        const char *home = getenv("HOME");
        char *history = NULL;
        if (home && *home && asprintf(&history, "%s/.aster_history", home) < 0) history = NULL;
        LineEditHooks hooks = { .ctx = &r, .timeout = idle_timeout, .run = idle_run, .complete = complete };
        lineedit_begin(history, &hooks);
        free(history);
        if (banner) printf("%s\n", banner);
    }
    session(&r);
    close_session_loop(&r);
    if (r.tty) lineedit_end();
    gc_root_reset(t, mark);
    return r.status;
}
