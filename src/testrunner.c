/*
 * testrunner.c -- `aster test` (testrunner.h).
 *
 * Plain C over files and processes: find the tests, run each in a child
 * process of this binary, a few at a time, and judge what it printed by
 * the rules of tools/run_tests.py.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <ftw.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "strbuf.h"
#include "testrunner.h"
#include "textdiff.h"
#include "textlines.h"

#define DEFAULT_TIMEOUT 10.0
#define MAX_DEFAULT_JOBS 8
#define MAX_OUTPUT (16u << 20)      /* bytes kept of a child's stdout or stderr */
#define REAPING_POLL_MS 10
#define MAX_POLL_MS 60000

static const char usage[] =
    "usage: aster test [PATHS...] [-k PATTERN] [-j N] [--update] [--real-time]\n"
    "                  [--timeout SECONDS]\n"
    "Runs the golden scripts (NAME.as with NAME.out beside it) and the Markdown\n"
    "examples under PATHS (default: docs and tests).  A Markdown example is a\n"
    "```python or ```aster block followed by an ```output block, or holding a\n"
    "`# Expected output:` comment; a block starting with `>>> ` is a REPL\n"
    "transcript, typed into `aster -i` and compared with stdout and stderr.\n"
    "  -k PATTERN         only tests whose name contains or matches PATTERN\n"
    "  -j N               run N tests at once (default: CPU count, at most 8)\n"
    "  --update           rewrite the expected files of failing golden scripts\n"
    "  --real-time        run every test without --virtual-time\n"
    "  --timeout SECONDS  kill a test after this long (default 10)\n";

/* ------------------------------------------------------------- lines */
/* TEXT with every 0x<hex digits> turned into "0x…": object addresses
 * differ from run to run. */
static char *mask_addresses(const char *text, size_t len)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_append(&b, "", 0);
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '0' && i + 2 < len && text[i + 1] == 'x'
            && isxdigit((unsigned char)text[i + 2])) {
            strbuf_puts(&b, "0x\xe2\x80\xa6");
            i += 2;
            while (i + 1 < len && isxdigit((unsigned char)text[i + 1])) i++;
        } else {
            strbuf_putc(&b, text[i]);
        }
    }
    return take_text(&b);
}

/* The lines compared: addresses masked, trailing blanks dropped, and a
 * final newline makes no extra empty line. */
static Lines normal_lines(const char *text, size_t len)
{
    char *masked = mask_addresses(text, len);
    Lines l = split_lines(masked, strlen(masked));
    free(masked);
    if (l.count > 0 && l.items[l.count - 1][0] == '\0') free(l.items[--l.count]);
    for (size_t i = 0; i < l.count; i++) rstrip(l.items[i]);
    return l;
}


/* ------------------------------------------------------------- files */

/* The whole file as a NUL-terminated string, or NULL. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    StrBuf b;
    strbuf_init(&b);
    strbuf_append(&b, "", 0);
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) strbuf_append(&b, chunk, got);
    fclose(f);
    *len = b.len;
    return take_text(&b);
}

static bool write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f) return false;
    bool ok = fwrite(data, 1, len, f) == len;
    return fclose(f) == 0 && ok;
}

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static char *dir_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return xstrdup(".");
    if (slash == path) return xstrdup("/");
    return xstrndup(path, (size_t)(slash - path));
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    remove(path);
    return 0;
}

static void remove_tree(const char *path)
{
    nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* ------------------------------------------------------------- tests */

typedef enum { GOLDEN, EXAMPLE } TestKind;

typedef struct {
    TestKind kind;
    char *name;            /* reported, and matched by -k */
    char *path;            /* the script, or the Markdown file */
    int line;              /* an example's opening fence */
    char *code;            /* an example's program */
    char *expected;        /* an example's stdout, NULL: not checked */
    char *skip_reason;     /* `# test: skip` */
    char *error_name;      /* `# test: error NAME` */
    char *bad_directive;   /* a directive we do not know: the test fails */
    bool ellipsis, real_time;
    bool transcript;       /* a `>>>` session: code is its input, run by `aster -i` */
    double timeout;        /* 0: the command line's */
} Test;

typedef struct {
    Test **items;
    size_t count, cap;
} TestList;

static Test *test_new(TestKind kind, const char *path)
{
    Test *t = xmalloc(sizeof *t);
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->path = xstrdup(path);
    t->name = xstrdup(path);
    return t;
}

static void test_free(Test *t)
{
    free(t->name);
    free(t->path);
    free(t->code);
    free(t->expected);
    free(t->skip_reason);
    free(t->error_name);
    free(t->bad_directive);
    free(t);
}

static void tests_push(TestList *list, Test *t)
{
    if (list->count == list->cap) {
        list->cap = list->cap ? list->cap * 2 : 64;
        list->items = xrealloc(list->items, list->cap * sizeof(Test *));
    }
    list->items[list->count++] = t;
}

/* Whether LINE reads `# KEY` or `# KEY: VALUE` (blanks free around the
 * '#' and the ':'), ending on a word boundary, like the markers that
 * run_tests.py looks for. */
static bool is_marker(const char *line, const char *key, const char *value)
{
    const char *p = line;
    while (isspace((unsigned char)*p)) p++;
    if (*p++ != '#') return false;
    while (isspace((unsigned char)*p)) p++;
    size_t n = strlen(key);
    if (strncmp(p, key, n) != 0) return false;
    p += n;
    if (value) {
        while (isspace((unsigned char)*p)) p++;
        if (*p++ != ':') return false;
        while (isspace((unsigned char)*p)) p++;
        n = strlen(value);
        if (strncmp(p, value, n) != 0) return false;
        p += n;
    }
    return !(isalnum((unsigned char)*p) || *p == '_');
}

/* Calls FOUND on each of the first five lines of the file at PATH until
 * it returns true; whether it did. */
static bool scan_head(const char *path, bool (*found)(const char *line, void *ctx), void *ctx)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text) return false;
    bool hit = false;
    const char *line = text;
    for (int i = 0; i < 5 && !hit && line; i++) {
        const char *nl = strchr(line, '\n');
        char *copy = nl ? xstrndup(line, (size_t)(nl - line)) : xstrdup(line);
        hit = found(copy, ctx);
        free(copy);
        line = nl ? nl + 1 : NULL;
    }
    free(text);
    return hit;
}

typedef struct {
    const char *key, *value;
} Marker;

static bool marker_line(const char *line, void *ctx)
{
    const Marker *m = ctx;
    return is_marker(line, m->key, m->value);
}

/* Whether one of the first five lines of the file at PATH is a marker. */
static bool has_marker(const char *path, const char *key, const char *value)
{
    Marker m = { key, value };
    return scan_head(path, marker_line, &m);
}

static bool timeout_line(const char *line, void *ctx)
{
    double seconds;
    if (sscanf(line, " # timeout: %lf", &seconds) != 1 || !(seconds > 0)) return false;
    *(double *)ctx = seconds;
    return true;
}

/* The seconds a `# timeout: N` marker in the first five lines of the file
 * at PATH allows, or 0. */
static double marker_timeout(const char *path)
{
    double seconds = 0;
    return scan_head(path, timeout_line, &seconds) ? seconds : 0;
}

/* PATH without its three-letter extension (".as", ".py") plus EXT. */
static char *sibling(const char *path, const char *ext)
{
    return xprintf("%.*s%s", (int)(strlen(path) - 3), path, ext);
}

static void collect_golden(TestList *tests, const char *path)
{
    char *out = sibling(path, ".out");
    if (file_exists(out) && !has_marker(path, "conform", "skip")) {
        Test *t = test_new(GOLDEN, path);
        t->timeout = marker_timeout(path);
        /* Workloads hopeless when every allocation walks the heap, or when
         * valgrind runs every instruction. */
        if (getenv("ASTER_GC_STRESS") && has_marker(path, "gc-stress", "skip"))
            t->skip_reason = xstrdup("too slow under GC stress");
        else if (getenv("ASTER_VALGRIND") && has_marker(path, "valgrind", "skip"))
            t->skip_reason = xstrdup("too slow under valgrind");
        tests_push(tests, t);
    }
    free(out);
}

/* --------------------------------------------------- Markdown examples */

typedef struct {
    char *tag;          /* "" for an untagged fence */
    size_t fence;       /* index of the opening fence's line */
    size_t end;         /* index of the closing fence (or the line count) */
} Block;

/* Whether LINE opens a fence, ```TAG with TAG made of word characters
 * and '-', blanks allowed around it; sets *tag to a copy of TAG. */
static bool opens_fence(const char *line, char **tag)
{
    if (strncmp(line, "```", 3) != 0) return false;
    const char *p = line + 3;
    while (isspace((unsigned char)*p)) p++;
    const char *start = p;
    while (isalnum((unsigned char)*p) || *p == '_' || *p == '-') p++;
    if (!is_blank(p)) return false;
    *tag = xstrndup(start, (size_t)(p - start));
    return true;
}

/* Lines [from, to) of LINES joined, each ending in '\n'. */
static char *join_lines(const Lines *lines, size_t from, size_t to)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_append(&b, "", 0);
    for (size_t i = from; i < to; i++) {
        strbuf_puts(&b, lines->items[i]);
        strbuf_putc(&b, '\n');
    }
    return take_text(&b);
}

static bool is_example_tag(const char *tag)
{
    return strcmp(tag, "python") == 0 || strcmp(tag, "aster") == 0;
}

static void apply_directive(Test *t, const char *text)
{
    const char *p = text;
    while (isspace((unsigned char)*p)) p++;
    const char *word = p;
    while (*p && !isspace((unsigned char)*p)) p++;
    size_t n = (size_t)(p - word);
    while (isspace((unsigned char)*p)) p++;
    char *arg = xstrdup(p);
    rstrip(arg);
    if (n == 4 && strncmp(word, "skip", n) == 0) {
        free(t->skip_reason);
        t->skip_reason = xstrdup(*arg ? arg : "no reason given");
    } else if (n == 5 && strncmp(word, "error", n) == 0 && *arg) {
        free(t->error_name);
        t->error_name = xstrdup(arg);
    } else if (n == 8 && strncmp(word, "ellipsis", n) == 0 && !*arg) {
        t->ellipsis = true;
    } else if (n == 9 && strncmp(word, "real-time", n) == 0 && !*arg) {
        t->real_time = true;
    } else if (n == 7 && strncmp(word, "timeout", n) == 0 && atof(arg) > 0) {
        t->timeout = atof(arg);
    } else if (!t->bad_directive) {
        t->bad_directive = xstrdup(word);
        rstrip(t->bad_directive);
    }
    free(arg);
}

/* The text after `# test:` when LINE is a directive, else NULL. */
static const char *directive_text(const char *line)
{
    const char *p = line;
    while (isspace((unsigned char)*p)) p++;
    if (*p++ != '#') return NULL;
    while (isspace((unsigned char)*p)) p++;
    if (strncmp(p, "test:", 5) != 0) return NULL;
    return p + 5;
}

/* Applies the `# test:` lines opening the code; returns how many. */
static size_t read_directives(Test *t, const Lines *lines, size_t from, size_t to)
{
    size_t i = from;
    const char *text;
    while (i < to && (text = directive_text(lines->items[i])) != NULL) {
        apply_directive(t, text);
        i++;
    }
    return i - from;
}

static bool is_expected_output_line(const char *line)
{
    static const char heading[] = "# Expected output:";
    while (isspace((unsigned char)*line)) line++;
    return strncmp(line, heading, sizeof heading - 1) == 0 && is_blank(line + sizeof heading - 1);
}

/* The output written as comments after `# Expected output:` (lines
 * [from, to)): the comment lines up to the first other line, with their
 * '#' removed, outer blank lines dropped and the common indent removed,
 * as in `#     hello`. */
static char *commented_output(const Lines *lines, size_t from, size_t to)
{
    Lines out = {0};
    for (size_t i = from; i < to; i++) {
        const char *p = lines->items[i];
        while (isspace((unsigned char)*p)) p++;
        if (*p != '#') break;
        char *text = xstrdup(p + 1);
        rstrip(text);
        lines_push(&out, text);
    }
    size_t first = 0, last = out.count;
    while (first < last && out.items[first][0] == '\0') first++;
    while (last > first && out.items[last - 1][0] == '\0') last--;
    size_t indent = SIZE_MAX;
    for (size_t i = first; i < last; i++) {
        size_t n = strspn(out.items[i], " ");
        if (out.items[i][n] != '\0' && n < indent) indent = n;
    }
    StrBuf b;
    strbuf_init(&b);
    strbuf_append(&b, "", 0);
    for (size_t i = first; i < last; i++) {
        const char *line = out.items[i];
        strbuf_puts(&b, strlen(line) > indent ? line + indent : "");
        strbuf_putc(&b, '\n');
    }
    lines_free(&out);
    return take_text(&b);
}

/* Whether LINE starts with PROMPT (">>>" or "...") followed by a blank
 * or nothing. */
static bool is_prompt(const char *line, const char *prompt)
{
    return strncmp(line, prompt, 3) == 0 && (line[3] == ' ' || line[3] == '\0');
}

/* A `>>>` transcript, lines [from, to): what follows the prompts is the
 * input typed, every other line the output expected (stdout and stderr
 * together, as on a terminal). */
static void split_transcript(Test *t, const Lines *lines, size_t from, size_t to)
{
    StrBuf in, out;
    strbuf_init(&in);
    strbuf_init(&out);
    strbuf_append(&in, "", 0);
    strbuf_append(&out, "", 0);
    for (size_t i = from; i < to; i++) {
        const char *line = lines->items[i];
        bool typed = is_prompt(line, ">>>") || is_prompt(line, "...");
        strbuf_puts(typed ? &in : &out, typed ? line + (line[3] ? 4 : 3) : line);
        strbuf_putc(typed ? &in : &out, '\n');
    }
    t->transcript = true;
    t->code = take_text(&in);
    t->expected = take_text(&out);
}

/* The test for the code block CODE, given the block after it (or NULL);
 * NULL when the block is not an example. */
static Test *example_for(const char *path, const Lines *lines, const Block *code, const Block *next)
{
    if (!is_example_tag(code->tag)) return NULL;
    size_t body = code->fence + 1;
    Test *t = test_new(EXAMPLE, path);
    t->line = (int)code->fence + 1;
    free(t->name);
    t->name = xprintf("%s:%d", path, t->line);
    size_t ndirectives = read_directives(t, lines, body, code->end);
    bool has_directives = ndirectives > 0;
    if (body + ndirectives < code->end && is_prompt(lines->items[body + ndirectives], ">>>")) {
        split_transcript(t, lines, body + ndirectives, code->end);
        return t;
    }
    bool output_follows = next && strcmp(next->tag, "output") == 0;
    for (size_t i = code->end + 1; output_follows && i < next->fence; i++)
        output_follows = is_blank(lines->items[i]);
    if (output_follows) {
        t->code = join_lines(lines, body, code->end);
        t->expected = join_lines(lines, next->fence + 1, next->end);
        return t;
    }
    for (size_t i = body; i < code->end; i++) {
        if (is_expected_output_line(lines->items[i])) {
            t->code = join_lines(lines, body, i);
            t->expected = commented_output(lines, i + 1, code->end);
            return t;
        }
    }
    if (has_directives) {
        t->code = join_lines(lines, body, code->end);
        return t;
    }
    test_free(t);
    return NULL;
}

static void collect_examples(TestList *tests, const char *path)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text) return;
    Lines lines = split_lines(text, len);
    free(text);
    Block *blocks = NULL;
    size_t count = 0;
    for (size_t i = 0; i < lines.count; i++) {
        char *tag;
        if (!opens_fence(lines.items[i], &tag)) continue;
        size_t end = i + 1;
        while (end < lines.count && strncmp(lines.items[end], "```", 3) != 0) end++;
        blocks = xrealloc(blocks, (count + 1) * sizeof(Block));
        blocks[count++] = (Block){tag, i, end};
        i = end;
    }
    for (size_t i = 0; i < count; i++) {
        Test *t = example_for(path, &lines, &blocks[i], i + 1 < count ? &blocks[i + 1] : NULL);
        if (t) tests_push(tests, t);
    }
    for (size_t i = 0; i < count; i++) free(blocks[i].tag);
    free(blocks);
    lines_free(&lines);
}

/* ----------------------------------------------------------- discovery */

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void collect_file(TestList *tests, const char *path)
{
    if (ends_with(path, ".as") || ends_with(path, ".py")) collect_golden(tests, path);
    else if (ends_with(path, ".md")) collect_examples(tests, path);
}

/* A folder's files in name order, then its subfolders, skipping hidden
 * entries, __pycache__ and links to folders (as os.walk does). */
static void collect_dir(TestList *tests, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return;
    Lines names = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] != '.' && strcmp(e->d_name, "__pycache__") != 0)
            lines_push(&names, xstrdup(e->d_name));
    }
    closedir(d);
    if (names.count > 1) qsort(names.items, names.count, sizeof(char *), compare_names);
    Lines subdirs = {0};
    for (size_t i = 0; i < names.count; i++) {
        char *path = xprintf("%s/%s", dir, names.items[i]);
        struct stat st, target;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            lines_push(&subdirs, path);
            continue;
        }
        if (stat(path, &target) == 0 && !S_ISDIR(target.st_mode)) collect_file(tests, path);
        free(path);
    }
    for (size_t i = 0; i < subdirs.count; i++) collect_dir(tests, subdirs.items[i]);
    lines_free(&subdirs);
    lines_free(&names);
}

static void collect_path(TestList *tests, const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) collect_dir(tests, path);
    else collect_file(tests, path);
}

static bool selected(const Test *t, const char *pattern)
{
    return !pattern || strstr(t->name, pattern) || fnmatch(pattern, t->name, 0) == 0
        || fnmatch(pattern, base_name(t->name), 0) == 0;
}

typedef struct {
    const Test *test;
    size_t index;
} Ranked;

static int compare_ranked(const void *a, const void *b)
{
    const Ranked *x = a, *y = b;
    int c = strcmp(x->test->name, y->test->name);
    return c ? c : (x->index > y->index) - (x->index < y->index);
}

/* Drops the tests not selected by PATTERN and the later copies of a
 * name (a file reached through two PATHS). */
static void select_tests(TestList *tests, const char *pattern)
{
    size_t n = tests->count;
    Ranked *ranked = xmalloc(n * sizeof(Ranked));
    bool *dropped = xmalloc(n * sizeof(bool));
    for (size_t i = 0; i < n; i++) {
        ranked[i] = (Ranked){tests->items[i], i};
        dropped[i] = !selected(tests->items[i], pattern);
    }
    qsort(ranked, n, sizeof(Ranked), compare_ranked);
    for (size_t i = 1; i < n; i++) {
        if (strcmp(ranked[i].test->name, ranked[i - 1].test->name) == 0)
            dropped[ranked[i].index] = true;
    }
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (dropped[i]) test_free(tests->items[i]);
        else tests->items[kept++] = tests->items[i];
    }
    tests->count = kept;
    free(ranked);
    free(dropped);
}

/* ---------------------------------------------------------- judging */

/* A run's results: stdout and stderr are NUL-terminated. */
typedef struct {
    char *out, *err;
    size_t out_len, err_len;
    int status;             /* the exit status, or minus the killing signal */
    bool timed_out;
} Run;

typedef enum { PENDING, PASSED, FAILED, SKIPPED } Verdict;

typedef struct {
    Verdict verdict;
    char *report;           /* for a failure: the lines to print */
} Outcome;

static void set_failure(Outcome *o, const Test *t, const char *reason, const Lines *detail)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "FAIL %s: %s\n", t->name, reason);
    for (size_t i = 0; detail && i < detail->count; i++) strbuf_printf(&b, "    %s\n", detail->items[i]);
    o->verdict = FAILED;
    o->report = take_text(&b);
}

/* `FILE:LINE: XxxWarning: ...` (or `sys:1: ...`): noise that both
 * CPython and aster may print, ignored in stderr comparisons. */
static bool is_warning_line(const char *line)
{
    for (const char *p = strstr(line, ": "); p; p = strstr(p + 1, ": ")) {
        const char *digits = p;
        while (digits > line && isdigit((unsigned char)digits[-1])) digits--;
        if (digits == p || digits == line || digits[-1] != ':') continue;
        const char *word = p + 2, *end = word;
        while (isalnum((unsigned char)*end) || *end == '_') end++;
        if (end - word >= 7 && strncmp(end - 7, "Warning", 7) == 0 && strncmp(end, ": ", 2) == 0)
            return true;
    }
    return false;
}

/* The hint CPython adds after a warning about a freed object. */
static bool is_tracemalloc_hint(const char *line)
{
    const char *p = line;
    while (isalnum((unsigned char)*p) || *p == '_') p++;
    return p - line >= 7 && strncmp(p - 7, "Warning", 7) == 0 && strncmp(p, ": Enable tracemalloc", 20) == 0;
}

/* The last non-empty line of stderr text, warnings (and the indented
 * source line after each, and the tracemalloc hint) left out, addresses
 * masked; "" when none. */
static char *last_stderr_line(const char *text, size_t len)
{
    Lines lines = split_lines(text, len);
    const char *last = "";
    for (size_t i = 0; i < lines.count; i++) {
        if (is_warning_line(lines.items[i])) {
            if (i + 1 < lines.count && (lines.items[i + 1][0] == ' ' || lines.items[i + 1][0] == '\t')) i++;
        } else if (!is_blank(lines.items[i]) && !is_tracemalloc_hint(lines.items[i])) {
            last = lines.items[i];
        }
    }
    char *masked = mask_addresses(last, strlen(last));
    rstrip(masked);
    lines_free(&lines);
    return masked;
}

/* "stderr: LINE" for the last N non-empty lines of stderr. */
static void add_stderr_tail(Lines *detail, const Run *r, size_t n)
{
    Lines lines = split_lines(r->err, r->err_len);
    size_t first = lines.count, found = 0;
    while (first > 0 && found < n) {
        if (!is_blank(lines.items[--first])) found++;
    }
    for (size_t i = first; i < lines.count; i++) {
        if (is_blank(lines.items[i])) continue;
        char *clipped = clip(lines.items[i]);
        lines_push(detail, xprintf("stderr: %s", clipped));
        free(clipped);
    }
    lines_free(&lines);
}

static char *describe_status(int status)
{
    if (status >= 0) return xprintf("%d", status);
    return xprintf("killed by signal %d (%s)", -status, strsignal(-status));
}

/* Whether TEXT matches PATTERN, where each "..." in PATTERN stands for
 * any text. */
static bool matches_ellipsis(const char *pattern, const char *text)
{
    const char *dots = strstr(pattern, "...");
    if (!dots) return strcmp(pattern, text) == 0;
    size_t n = (size_t)(dots - pattern);
    if (strncmp(pattern, text, n) != 0) return false;
    pattern = dots + 3;
    text += n;
    /* Each later piece is found as early as possible; the last one must
     * end the text. */
    while ((dots = strstr(pattern, "...")) != NULL) {
        char *piece = xstrndup(pattern, (size_t)(dots - pattern));
        const char *at = strstr(text, piece);
        free(piece);
        if (!at) return false;
        text = at + (dots - pattern);
        pattern = dots + 3;
    }
    size_t rest = strlen(pattern), left = strlen(text);
    return rest <= left && strcmp(text + left - rest, pattern) == 0;
}

static bool same_lines(const Lines *expected, const Lines *actual, bool ellipsis)
{
    if (expected->count != actual->count) return false;
    for (size_t i = 0; i < expected->count; i++) {
        bool same = ellipsis ? matches_ellipsis(expected->items[i], actual->items[i])
                             : strcmp(expected->items[i], actual->items[i]) == 0;
        if (!same) return false;
    }
    return true;
}

/* Compares stdout with the expected text; on a difference adds the
 * problem and a diff. */
static void check_stdout(StrBuf *problems, Lines *detail, const char *expected, const Run *r, bool ellipsis)
{
    Lines want = normal_lines(expected, strlen(expected));
    Lines got = normal_lines(r->out, r->out_len);
    if (!same_lines(&want, &got, ellipsis)) {
        strbuf_puts(problems, "; stdout differs");
        text_diff(detail, &want, &got);
    }
    lines_free(&want);
    lines_free(&got);
}

/* The exit status a NAME.rc file expects (0 when there is none). */
static int expected_status(const char *rc_path)
{
    size_t len;
    char *text = read_file(rc_path, &len);
    int status = text ? atoi(text) : 0;
    free(text);
    return status;
}

/* Passes the test, or fails it with PROBLEMS ("; "-separated, each one
 * starting with the separator) and DETAIL; frees both. */
static void settle(Outcome *o, const Test *t, StrBuf *problems, Lines *detail)
{
    if (problems->len == 0) o->verdict = PASSED;
    else set_failure(o, t, problems->data + 2, detail);
    strbuf_free(problems);
    lines_free(detail);
}

static void judge_golden(const Test *t, const Run *r, Outcome *o)
{
    StrBuf problems;
    strbuf_init(&problems);
    Lines detail = {0};
    if (r->timed_out) {
        strbuf_puts(&problems, "; timed out");
        add_stderr_tail(&detail, r, 5);
        settle(o, t, &problems, &detail);
        return;
    }
    char *out_path = sibling(t->path, ".out"), *rc_path = sibling(t->path, ".rc");
    char *err_path = sibling(t->path, ".err");
    size_t len;
    char *expected_out = read_file(out_path, &len);
    check_stdout(&problems, &detail, expected_out ? expected_out : "", r, false);
    int expected_rc = expected_status(rc_path);
    bool status_differs = r->status != expected_rc, stderr_differs = false;
    if (status_differs) {
        char *got = describe_status(r->status);
        strbuf_printf(&problems, "; expected exit status %d, got %s", expected_rc, got);
        free(got);
    }
    char *expected_err = read_file(err_path, &len);
    if (expected_err) {
        char *want = last_stderr_line(expected_err, len), *got = last_stderr_line(r->err, r->err_len);
        if (strcmp(want, got) != 0) {
            stderr_differs = true;
            strbuf_puts(&problems, "; stderr last line differs");
            char *cw = clip(want), *cg = clip(got);
            lines_push(&detail, xprintf("-%s", cw));
            lines_push(&detail, xprintf("+%s", cg));
            free(cw);
            free(cg);
        }
        free(want);
        free(got);
    }
    if (status_differs && !stderr_differs) add_stderr_tail(&detail, r, 5);
    free(expected_out);
    free(expected_err);
    free(out_path);
    free(rc_path);
    free(err_path);
    settle(o, t, &problems, &detail);
}

/* Whether LINE names the exception NAME: `NAME` or `NAME: message`. */
static bool names_exception(const char *line, const char *name)
{
    size_t n = strlen(name);
    return strncmp(line, name, n) == 0 && (line[n] == '\0' || line[n] == ':');
}

static void judge_example(const Test *t, const Run *r, Outcome *o)
{
    StrBuf problems;
    strbuf_init(&problems);
    Lines detail = {0};
    if (r->timed_out) {
        strbuf_puts(&problems, "; timed out");
        settle(o, t, &problems, &detail);
        return;
    }
    if (!t->error_name && !t->transcript && r->status != 0) {
        /* An example that prints what it should and then fails is wrong. */
        char *status = describe_status(r->status);
        strbuf_printf(&problems, "; exit status %s", status);
        free(status);
        add_stderr_tail(&detail, r, 3);
    }
    if (t->error_name) {
        char *last = last_stderr_line(r->err, r->err_len);
        if (r->status != 1 || !names_exception(last, t->error_name)) {
            char *status = describe_status(r->status);
            strbuf_printf(&problems, "; expected %s, got exit status %s", t->error_name, status);
            free(status);
            add_stderr_tail(&detail, r, 1);
        }
        free(last);
    }
    if (t->expected) {
        size_t before = detail.count;
        check_stdout(&problems, &detail, t->expected, r, t->ellipsis);
        if (detail.count > before && !t->error_name && r->status == 0) add_stderr_tail(&detail, r, 3);
    }
    settle(o, t, &problems, &detail);
}

/* --update: make a failing golden script's expected files say what it
 * printed (a timeout or a crash is left alone). */
static void update_golden(const Test *t, const Run *r, Outcome *o)
{
    if (r->timed_out || r->status < 0) return;
    char *out_path = sibling(t->path, ".out"), *rc_path = sibling(t->path, ".rc");
    char *err_path = sibling(t->path, ".err");
    char *rc_text = xprintf("%d\n", r->status);
    bool ok = write_file(out_path, r->out, r->out_len) && write_file(rc_path, rc_text, strlen(rc_text))
              && (!file_exists(err_path) || write_file(err_path, r->err, r->err_len));
    char *report = xprintf("%s    %s\n", o->report, ok ? "(expected files updated)" : "(could not update the expected files)");
    free(o->report);
    o->report = report;
    free(rc_text);
    free(out_path);
    free(rc_path);
    free(err_path);
}

/* ------------------------------------------------------------ processes */

typedef struct {
    const char *pattern;
    int jobs;
    bool update, real_time;
    double timeout;
    char *exe;              /* the aster binary the tests run with */
} Options;

#define NO_TEST SIZE_MAX

/* One running test. */
typedef struct {
    size_t test;            /* index in the test list; NO_TEST: slot free */
    pid_t pid;
    int fd[2];              /* read ends of the child's stdout and stderr; -1 at EOF */
    StrBuf output[2];
    bool truncated[2];
    double deadline;
    bool timed_out;
    char *scratch;          /* an example's temporary folder */
} Job;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static bool make_pipe(int fds[2])
{
    if (pipe(fds) < 0) return false;
    /* Close-on-exec, so that no other child holds this pipe open and
     * delays its end of file. */
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return true;
}

/* Starts EXE with ARGV in folder CWD, stdin reading INPUT (a file in CWD,
 * or /dev/null when NULL), stdout and stderr into pipes whose read ends
 * are returned in FDS; with MERGE, stderr goes to the stdout pipe.  The
 * child leads a process group of its own, so a timeout kills all it
 * started.  Returns the pid, or -1 with errno set. */
static pid_t spawn(const char *exe, char *const argv[], const char *cwd, const char *input, bool merge, int fds[2])
{
    int out[2], err[2];
    if (!make_pipe(out)) return -1;
    if (!make_pipe(err)) {
        close(out[0]);
        close(out[1]);
        return -1;
    }
    pid_t pid = fork();
    if (pid == 0) {
        setpgid(0, 0);
        if (dup2(out[1], 1) < 0 || dup2(merge ? out[1] : err[1], 2) < 0) _exit(127);
        if (chdir(cwd) < 0) {
            dprintf(2, "aster test: cannot enter %s: %s\n", cwd, strerror(errno));
            _exit(127);
        }
        int in = open(input ? input : "/dev/null", O_RDONLY | O_CLOEXEC);
        if (in < 0 || dup2(in, 0) < 0) _exit(127);
        execv(exe, argv);
        dprintf(2, "aster test: cannot run %s: %s\n", exe, strerror(errno));
        _exit(127);
    }
    int saved = errno;
    close(out[1]);
    close(err[1]);
    if (pid < 0) {
        close(out[0]);
        close(err[0]);
        errno = saved;
        return -1;
    }
    setpgid(pid, pid);      /* also here, so a kill cannot come before it */
    fds[0] = out[0];
    fds[1] = err[0];
    return pid;
}

/* A fresh temporary folder holding the example as FILE_LINE.as; returns
 * the folder (NULL on failure) and sets *script to the file's name. */
static char *make_scratch(const Test *t, char **script)
{
    const char *tmp = getenv("TMPDIR");
    char *dir = xprintf("%s/aster-test-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        free(dir);
        return NULL;
    }
    const char *md = base_name(t->path);
    const char *dot = strrchr(md, '.');
    size_t stem = dot ? (size_t)(dot - md) : strlen(md);
    *script = xprintf("%.*s_%d.as", (int)stem, md, t->line);
    char *path = xprintf("%s/%s", dir, *script);
    bool ok = write_file(path, t->code, strlen(t->code));
    free(path);
    if (!ok) {
        remove_tree(dir);
        free(dir);
        free(*script);
        return NULL;
    }
    return dir;
}

/* Starts test T in JOB; false when it was settled without running. */
static bool start_job(Job *job, const Test *t, const Options *opt, Outcome *o)
{
    if (t->skip_reason) {
        o->verdict = SKIPPED;
        return false;
    }
    if (t->bad_directive) {
        char *reason = xprintf("unknown directive `# test: %s`", t->bad_directive);
        set_failure(o, t, reason, NULL);
        free(reason);
        return false;
    }
    char *dir, *script;
    job->scratch = NULL;
    if (t->kind == GOLDEN) {
        dir = dir_name(t->path);
        script = xstrdup(base_name(t->path));
    } else {
        job->scratch = make_scratch(t, &script);
        if (!job->scratch) {
            set_failure(o, t, "cannot write the example to a temporary folder", NULL);
            return false;
        }
        dir = xstrdup(job->scratch);
    }
    bool real_time = opt->real_time || t->real_time
                     || (t->kind == GOLDEN && has_marker(t->path, "real-time", NULL));
    char *argv[4];
    int argc = 0;
    argv[argc++] = opt->exe;
    if (!real_time) argv[argc++] = (char *)"--virtual-time";
    argv[argc++] = t->transcript ? (char *)"-i" : script;
    argv[argc] = NULL;
    job->pid = spawn(opt->exe, argv, dir, t->transcript ? script : NULL, t->transcript, job->fd);
    int saved = errno;
    free(dir);
    free(script);
    if (job->pid < 0) {
        char *reason = xprintf("cannot start %s: %s", opt->exe, strerror(saved));
        set_failure(o, t, reason, NULL);
        free(reason);
        if (job->scratch) remove_tree(job->scratch);
        free(job->scratch);
        return false;
    }
    for (int s = 0; s < 2; s++) {
        strbuf_init(&job->output[s]);
        strbuf_append(&job->output[s], "", 0);
        job->truncated[s] = false;
    }
    job->deadline = now() + (t->timeout > 0 ? t->timeout : opt->timeout);
    job->timed_out = false;
    return true;
}

/* Reads what is waiting on one of JOB's pipes, closing it at its end. */
static void drain(Job *job, int stream)
{
    char chunk[65536];
    ssize_t n = read(job->fd[stream], chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) return;
    if (n <= 0) {
        close(job->fd[stream]);
        job->fd[stream] = -1;
        return;
    }
    StrBuf *b = &job->output[stream];
    size_t room = b->len < MAX_OUTPUT ? MAX_OUTPUT - b->len : 0;
    size_t keep = (size_t)n < room ? (size_t)n : room;
    if (keep < (size_t)n) job->truncated[stream] = true;
    strbuf_append(b, chunk, keep);
}

static char *take_output(Job *job, int stream, size_t *len)
{
    if (job->truncated[stream]) strbuf_puts(&job->output[stream], "\n... (output truncated)\n");
    *len = job->output[stream].len;
    return take_text(&job->output[stream]);
}

/* Judges the finished JOB (WAIT_STATUS from waitpid) and frees its slot. */
static void finish_job(Job *job, int wait_status, const TestList *tests, const Options *opt, Outcome *outcomes)
{
    const Test *t = tests->items[job->test];
    Outcome *o = &outcomes[job->test];
    Run r;
    r.out = take_output(job, 0, &r.out_len);
    r.err = take_output(job, 1, &r.err_len);
    r.status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -WTERMSIG(wait_status);
    r.timed_out = job->timed_out;
    if (t->kind == GOLDEN) {
        judge_golden(t, &r, o);
        if (o->verdict == FAILED && opt->update) update_golden(t, &r, o);
    } else {
        judge_example(t, &r, o);
    }
    free(r.out);
    free(r.err);
    if (job->scratch) remove_tree(job->scratch);
    free(job->scratch);
    job->scratch = NULL;
    job->test = NO_TEST;
}

/* The poll timeout in milliseconds: until the next deadline, or a short
 * nap when a child has closed its pipes but is not reaped yet. */
static int poll_timeout(const Job *jobs, int count)
{
    double wait = -1, t = now();
    for (int k = 0; k < count; k++) {
        const Job *job = &jobs[k];
        if (job->test == NO_TEST) continue;
        double ms = (job->fd[0] < 0 && job->fd[1] < 0) || job->timed_out
                    ? REAPING_POLL_MS : (job->deadline - t) * 1000 + 1;
        if (ms < 0) ms = 0;
        if (ms > MAX_POLL_MS) ms = MAX_POLL_MS;
        if (wait < 0 || ms < wait) wait = ms;
    }
    return wait < 0 ? -1 : (int)wait;
}

/* Waits for output, ends or deadlines of the running JOBS; returns how
 * many finished. */
static int wait_for_jobs(Job *jobs, int count, struct pollfd *polls, const TestList *tests,
                         const Options *opt, Outcome *outcomes)
{
    int n = 0;
    for (int k = 0; k < count; k++) {
        for (int s = 0; s < 2; s++) {
            if (jobs[k].test == NO_TEST || jobs[k].fd[s] < 0) continue;
            polls[n++] = (struct pollfd){.fd = jobs[k].fd[s], .events = POLLIN};
        }
    }
    if (poll(polls, (nfds_t)n, poll_timeout(jobs, count)) < 0 && errno != EINTR) {
        perror("aster test: poll");
        exit(2);
    }
    int p = 0;
    for (int k = 0; k < count; k++) {
        for (int s = 0; s < 2; s++) {
            if (jobs[k].test == NO_TEST || jobs[k].fd[s] < 0) continue;
            if (polls[p++].revents) drain(&jobs[k], s);
        }
    }
    int finished = 0;
    double t = now();
    for (int k = 0; k < count; k++) {
        Job *job = &jobs[k];
        if (job->test == NO_TEST) continue;
        int status;
        if (job->fd[0] < 0 && job->fd[1] < 0 && waitpid(job->pid, &status, WNOHANG) == job->pid) {
            finish_job(job, status, tests, opt, outcomes);
            finished++;
        } else if (!job->timed_out && t >= job->deadline) {
            kill(-job->pid, SIGKILL);
            job->timed_out = true;
        }
    }
    return finished;
}

typedef struct {
    size_t passed, failed, skipped;
} Tally;

/* Prints the settled outcomes from index *next on, in test order. */
static void report_settled(const TestList *tests, Outcome *outcomes, size_t *next, Tally *tally)
{
    while (*next < tests->count && outcomes[*next].verdict != PENDING) {
        Outcome *o = &outcomes[(*next)++];
        if (o->verdict == PASSED) tally->passed++;
        else if (o->verdict == SKIPPED) tally->skipped++;
        else {
            tally->failed++;
            fputs(o->report, stdout);
            fflush(stdout);
        }
        free(o->report);
        o->report = NULL;
    }
}

static Tally run_tests(const TestList *tests, const Options *opt)
{
    Outcome *outcomes = xmalloc((tests->count + 1) * sizeof(Outcome));
    for (size_t i = 0; i < tests->count; i++) outcomes[i] = (Outcome){PENDING, NULL};
    Job *jobs = xmalloc((size_t)opt->jobs * sizeof(Job));
    struct pollfd *polls = xmalloc(2 * (size_t)opt->jobs * sizeof(struct pollfd));
    for (int k = 0; k < opt->jobs; k++) jobs[k].test = NO_TEST;
    Tally tally = {0, 0, 0};
    size_t next = 0, reported = 0;
    int running = 0;
    while (reported < tests->count) {
        for (int k = 0; k < opt->jobs; k++) {
            while (jobs[k].test == NO_TEST && next < tests->count) {
                if (start_job(&jobs[k], tests->items[next], opt, &outcomes[next])) {
                    jobs[k].test = next;
                    running++;
                }
                next++;
            }
        }
        report_settled(tests, outcomes, &reported, &tally);
        if (running > 0) running -= wait_for_jobs(jobs, opt->jobs, polls, tests, opt, outcomes);
    }
    free(polls);
    free(jobs);
    free(outcomes);
    return tally;
}

/* ------------------------------------------------------- command line */

static int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, "aster test: %s%s\n%s", message, arg, usage);
    return 2;
}

static int default_jobs(void)
{
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    if (cpus < 1) return 1;
    return cpus > MAX_DEFAULT_JOBS ? MAX_DEFAULT_JOBS : (int)cpus;
}

/* Fills OPT and PATHS from the command line; returns -1 to go on, or
 * the exit status to stop with. */
static int parse_args(int argc, char **argv, Options *opt, Lines *paths)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_value = i + 1 < argc;
        char *end;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (strcmp(a, "--update") == 0) {
            opt->update = true;
        } else if (strcmp(a, "--real-time") == 0) {
            opt->real_time = true;
        } else if (strcmp(a, "-k") == 0 && has_value) {
            opt->pattern = argv[++i];
        } else if (strcmp(a, "-j") == 0 && has_value) {
            long jobs = strtol(argv[++i], &end, 10);
            if (*end || jobs < 1 || jobs > 1024) return usage_error("-j needs a positive number, not ", argv[i]);
            opt->jobs = (int)jobs;
        } else if (strcmp(a, "--timeout") == 0 && has_value) {
            opt->timeout = strtod(argv[++i], &end);
            if (*end || !(opt->timeout > 0)) return usage_error("--timeout needs a positive number, not ", argv[i]);
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unknown option or missing value: ", a);
        } else {
            lines_push(paths, xstrdup(a));
        }
    }
    return -1;
}

int testrunner_main(int argc, char **argv, const char *self_path)
{
    Options opt = {NULL, default_jobs(), false, false, DEFAULT_TIMEOUT, NULL};
    Lines paths = {0};
    int status = parse_args(argc, argv, &opt, &paths);
    if (status < 0 && paths.count == 0) {
        static const char *defaults[] = {"docs", "tests"};
        for (size_t i = 0; i < 2; i++)
            if (file_exists(defaults[i])) lines_push(&paths, xstrdup(defaults[i]));
    }
    for (size_t i = 0; status < 0 && i < paths.count; i++) {
        if (!file_exists(paths.items[i])) {
            fprintf(stderr, "aster test: no such file or directory: %s\n", paths.items[i]);
            status = 2;
        }
    }
    if (status >= 0) {
        lines_free(&paths);
        return status;
    }
    opt.exe = realpath(self_path, NULL);
    if (!opt.exe) opt.exe = xstrdup(self_path);
    TestList tests = {0};
    for (size_t i = 0; i < paths.count; i++) collect_path(&tests, paths.items[i]);
    select_tests(&tests, opt.pattern);
    Tally tally = run_tests(&tests, &opt);
    printf("%zu passed, %zu failed", tally.passed, tally.failed);
    if (tally.skipped) printf(", %zu skipped", tally.skipped);
    printf("\n");
    for (size_t i = 0; i < tests.count; i++) test_free(tests.items[i]);
    free(tests.items);
    lines_free(&paths);
    free(opt.exe);
    return tally.failed ? 1 : 0;
}
