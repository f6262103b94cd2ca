/*
 * lineedit.c -- reading lines at a terminal through libedit's readline
 * interface, in callback mode: we own the wait (poll) and hand libedit
 * one key at a time, so the event loop can run between keys.
 */
#include <errno.h>
#include <limits.h>
#include <poll.h>
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

void lineedit_begin(const char *path, const LineEditHooks *h)
{
    hooks = *h;
    rl_catch_signals = 0;
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

/* Erases the line being typed, lets the caller run, and draws the line
 * again under whatever the caller printed. */
static bool run_hooks(void)
{
    fputs("\r\033[K", stdout);
    fflush(stdout);
    bool ok = hooks.run(hooks.ctx);
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
        struct pollfd in = { .fd = STDIN_FILENO, .events = POLLIN };
        int n = poll(&in, 1, ms);
        if (n < 0 && errno == EINTR && interrupt_pending) {
            interrupt_pending = 0;
            status = LINE_INTERRUPTED;
            break;
        }
        if (n < 0 && errno != EINTR) {
            status = LINE_EOF;
            break;
        }
        if (n > 0) rl_callback_read_char();
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
