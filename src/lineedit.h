/*
 * lineedit.h -- reading lines at a terminal through libedit, while the
 * caller's event loop keeps turning.
 *
 * lineedit_read waits for keys with poll(); whenever the caller has work
 * (LineEditHooks.timeout says when) it erases the line being typed, lets
 * the caller run (its output lands above), and redraws prompt and line.
 */
#ifndef ASTER_LINEEDIT_H
#define ASTER_LINEEDIT_H

#include <stdbool.h>

typedef struct {
    void *ctx;
    /* Seconds until run() has work: 0 now, -1 not until a key arrives. */
    double (*timeout)(void *ctx);
    /* Runs the due work; false stops the read (LINE_ERROR). */
    bool (*run)(void *ctx);
    /* The completions of `text` (the word before the cursor): a
     * malloc'd NULL-terminated array of malloc'd strings, or NULL. */
    char **(*complete)(void *ctx, const char *text);
} LineEditHooks;

typedef enum {
    LINE_OK,            /* *line is a malloc'd line, without its newline */
    LINE_EOF,           /* Ctrl-D on an empty line */
    LINE_INTERRUPTED,   /* Ctrl-C: the line was discarded */
    LINE_ERROR,         /* hooks.run failed */
} LineStatus;

/* Starts line editing on stdin/stdout; history_path (may be NULL) is
 * loaded now and saved by lineedit_end. */
void lineedit_begin(const char *history_path, const LineEditHooks *hooks);
LineStatus lineedit_read(const char *prompt, char **line);
void lineedit_add_history(const char *line);
void lineedit_end(void);

#endif
