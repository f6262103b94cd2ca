/*
 * lineedit.c -- reading lines at a terminal through libedit's readline
 * interface, in callback mode: we own the wait (ppoll) and hand libedit
 * one key at a time, so the event loop can run between keys.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <editline/readline.h>
#include "interrupt.h"
#include "lineedit.h"

static LineEditHooks hooks;
static char *history_path;

/* What the line handler received. */
static bool line_done;
static char *line_read;
static bool input_closed;       /* the terminal hung up */

/* The completions being handed to libedit one by one. */
static char **matches;
static size_t match_next;

static void free_matches(void)
{
    if (!matches) return;
    for (size_t i = 0; matches[i]; i++) free(matches[i]);
    free(matches);
    matches = NULL;
}

static char *next_match(const char *text, int state)
{
    if (state == 0) {
        free_matches();
        matches = hooks.complete(hooks.ctx, text);
        match_next = 0;
    }
    if (!matches || !matches[match_next]) return NULL;
    return strdup(matches[match_next++]);
}

static char **attempt_completion(const char *text, int start, int end)
{
    (void)end;
    rl_attempted_completion_over = 1;   /* never file names */
    bool blank = true;
    for (int i = 0; i < start && blank; i++) blank = rl_line_buffer[i] == ' ' || rl_line_buffer[i] == '\t';
    if (blank && !*text) {
        /* Tab where a statement starts indents, as in Python's REPL. */
        rl_insert_text("    ");
        return NULL;
    }
    return rl_completion_matches(text, next_match);
}

/* Tab: libedit's completion, then a redraw, which libedit's callback
 * mode would otherwise leave until the next key. */
static int complete_key(int count, int key)
{
    int r = rl_complete(count, key);
    fputs("\r\033[K", stdout);
    fflush(stdout);
    rl_forced_update_display();
    return r;
}

static void on_line(char *line)
{
    line_done = true;
    line_read = line;
}

/* poll() for a key, in which only Ctrl-C may interrupt: SIGINT is let in
 * only inside ppoll, so a Ctrl-C that came earlier, while a key was being
 * handled, is seen by the check before it rather than lost.  Returns
 * what ppoll does: 1 when a key is waiting. */
static int wait_for_key(int ms)
{
    sigset_t intr, old;
    sigemptyset(&intr);
    sigaddset(&intr, SIGINT);
    sigprocmask(SIG_BLOCK, &intr, &old);
    int n;
    if (interrupt_pending) {
        n = -1;
        errno = EINTR;
    } else {
        struct pollfd in = { .fd = STDIN_FILENO, .events = POLLIN };
        struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000 };
        n = ppoll(&in, 1, ms < 0 ? NULL : &ts, &old);
    }
    int saved = errno;
    sigprocmask(SIG_SETMASK, &old, NULL);
    /* A Ctrl-C held back since ppoll returned arrives here.  (It also
     * flushed the terminal's input, so reading now could block.) */
    if (interrupt_pending) {
        n = -1;
        saved = EINTR;
    }
    errno = saved;
    return n;
}

/* One byte of input, read without blocking (a Ctrl-C empties the
 * terminal's queue between a poll and a read): 1, 0 at a hang-up, or -1
 * on an interrupt or an error. */
static int read_byte(unsigned char *c)
{
    for (;;) {
        int n = wait_for_key(-1);
        if (n < 0 && errno == EINTR && !interrupt_pending) continue;
        if (n < 0) return -1;
        int flags = fcntl(STDIN_FILENO, F_GETFL);
        fcntl(STDIN_FILENO, F_SETFL, flags | O_NONBLOCK);
        ssize_t got = read(STDIN_FILENO, c, 1);
        int saved = errno;
        fcntl(STDIN_FILENO, F_SETFL, flags);
        if (got >= 0) return (int)got;
        if (saved != EAGAIN && saved != EINTR) return -1;
    }
}

/* libedit's key reader: one character, decoded from UTF-8 here (libedit
 * takes what this returns as a whole character), or -1 (for libedit,
 * the end of input) on Ctrl-C or a hang-up, which lineedit_read then
 * reports. */
static int read_key(FILE *stream)
{
    (void)stream;
    unsigned char c;
    int got = read_byte(&c);
    if (got <= 0) {
        if (got == 0) input_closed = true;
        return -1;
    }
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    int cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
    for (int i = 0; i < extra; i++) {
        unsigned char next;
        if (read_byte(&next) <= 0 || (next & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (next & 0x3F);
    }
    return cp;
}

void lineedit_begin(const char *path, const LineEditHooks *h)
{
    hooks = *h;
    /* libedit decodes keys by the locale: UTF-8 input needs LC_CTYPE. */
    setlocale(LC_CTYPE, "");
    rl_catch_signals = 0;
    rl_getc_function = read_key;
    rl_readline_name = "aster";
    rl_attempted_completion_function = attempt_completion;
    /* '.' is part of a word: `asyncio.sl` completes as one. */
    rl_completer_word_break_characters = " \t\n\"'`@$><=;|&{(";
    rl_completion_append_character = '\0';
    using_history();
    stifle_history(1000);
    rl_add_defun("aster-complete", complete_key, '\t');
    if (path) {
        history_path = strdup(path);
        read_history(path);
    }
}

void lineedit_add_history(const char *line)
{
    add_history(line);
}

void lineedit_end(void)
{
    if (history_path) {
        write_history(history_path);
        free(history_path);
        history_path = NULL;
    }
    free_matches();
}

/* Erases the line being typed, lets the caller run until it has no more
 * work at once (a bounded number of times), and draws the line again
 * under whatever the caller printed. */
static bool run_hooks(void)
{
    fputs("\r\033[K", stdout);
    fflush(stdout);
    bool ok = true;
    for (int i = 0; i < 100 && ok && hooks.timeout(hooks.ctx) == 0; i++) ok = hooks.run(hooks.ctx);
    rl_forced_update_display();
    return ok;
}

LineStatus lineedit_read(const char *prompt, char **line)
{
    line_done = false;
    line_read = NULL;
    rl_callback_handler_install(prompt, on_line);
    LineStatus status = LINE_OK;
    while (!line_done) {
        double wait = hooks.timeout(hooks.ctx);
        if (wait == 0) {
            if (!run_hooks()) {
                status = LINE_ERROR;
                break;
            }
            continue;
        }
        int ms = wait < 0 ? -1 : wait * 1000 >= INT_MAX ? INT_MAX : (int)(wait * 1000) + 1;
        int n = wait_for_key(ms);
        if (n < 0 && errno == EINTR && interrupt_pending) {
            interrupt_clear();
            status = LINE_INTERRUPTED;
            break;
        }
        if (n > 0) rl_callback_read_char();
        if (input_closed || (n < 0 && errno != EINTR)) {
            status = LINE_EOF;
            break;
        }
    }
    if (!line_done) {
        /* Leave the abandoned line on screen and start the next below. */
        rl_replace_line("", 0);
        fputs("\n", stdout);
        fflush(stdout);
    }
    rl_callback_handler_remove();
    if (status != LINE_OK) return status;
    if (!line_read) return LINE_EOF;
    *line = line_read;
    return LINE_OK;
}
