/*
 * textdiff.c -- unified diffs of expected against actual output, for
 * `aster test`: the longest common subsequence of the lines that differ
 * between the common head and tail, shown in hunks with context.
 */
#include <stdlib.h>
#include <string.h>
#include "textdiff.h"

#define MAX_DIFF_LINES 30
#define DIFF_CONTEXT 2
#define MAX_LCS_CELLS (1u << 22)    /* larger differences show as one replacement */

typedef struct {
    char kind;              /* ' ' kept, '-' only expected, '+' only actual */
    size_t a, b;            /* positions in the expected and actual lines */
} Edit;

static bool same_line(const Lines *a, size_t i, const Lines *b, size_t j)
{
    return strcmp(a->items[i], b->items[j]) == 0;
}

/* A longest common subsequence of the middle [from, a->count - tail)
 * and [from, b->count - tail), as edits appended at EDITS + *count. */
static void diff_middle(const Lines *a, const Lines *b, size_t from, size_t tail,
                        Edit *edits, size_t *count)
{
    size_t n = a->count - tail - from, m = b->count - tail - from;
    size_t k = *count;
    if (n == 0 || m == 0 || n * m > MAX_LCS_CELLS) {
        /* Too big to align (or nothing to align): one plain replacement. */
        for (size_t i = 0; i < n; i++) edits[k++] = (Edit){'-', from + i, from};
        for (size_t j = 0; j < m; j++) edits[k++] = (Edit){'+', from + n, from + j};
        *count = k;
        return;
    }
    /* common[i * (m + 1) + j]: the LCS length of the suffixes from i, j */
    unsigned *common = calloc((n + 1) * (m + 1), sizeof(unsigned));
    if (!common) out_of_memory();
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            unsigned *cell = &common[i * (m + 1) + j];
            unsigned down = common[(i + 1) * (m + 1) + j], right = common[i * (m + 1) + j + 1];
            *cell = same_line(a, from + i, b, from + j) ? common[(i + 1) * (m + 1) + j + 1] + 1
                    : down > right ? down : right;
        }
    }
    size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && same_line(a, from + i, b, from + j)) {
            edits[k++] = (Edit){' ', from + i++, from + j++};
        } else if (i < n && (j == m || common[(i + 1) * (m + 1) + j] >= common[i * (m + 1) + j + 1])) {
            edits[k++] = (Edit){'-', from + i++, from + j};
        } else {
            edits[k++] = (Edit){'+', from + i, from + j++};
        }
    }
    free(common);
    *count = k;
}

/* The edits turning A into B: the common ends kept, the middle aligned. */
static Edit *edit_script(const Lines *a, const Lines *b, size_t *count)
{
    size_t n = a->count, m = b->count, head = 0, tail = 0;
    while (head < n && head < m && same_line(a, head, b, head)) head++;
    while (tail < n - head && tail < m - head && same_line(a, n - 1 - tail, b, m - 1 - tail)) tail++;
    Edit *edits = xmalloc((n + m + 1) * sizeof(Edit));
    size_t k = 0;
    for (size_t i = 0; i < head; i++) edits[k++] = (Edit){' ', i, i};
    diff_middle(a, b, head, tail, edits, &k);
    for (size_t i = tail; i > 0; i--) edits[k++] = (Edit){' ', n - i, m - i};
    *count = k;
    return edits;
}

/* A hunk header's range, written as unified diffs write it. */
static char *hunk_range(size_t start, size_t len)
{
    if (len == 1) return xprintf("%zu", start + 1);
    if (len == 0) return xprintf("%zu,0", start);
    return xprintf("%zu,%zu", start + 1, len);
}

static void add_hunk(Lines *out, const Lines *a, const Lines *b, const Edit *edits, size_t from, size_t to)
{
    size_t a_len = 0, b_len = 0;
    for (size_t i = from; i < to; i++) {
        a_len += edits[i].kind != '+';
        b_len += edits[i].kind != '-';
    }
    char *ra = hunk_range(edits[from].a, a_len), *rb = hunk_range(edits[from].b, b_len);
    lines_push(out, xprintf("@@ -%s +%s @@", ra, rb));
    free(ra);
    free(rb);
    for (size_t i = from; i < to; i++) {
        const char *line = edits[i].kind == '+' ? b->items[edits[i].b] : a->items[edits[i].a];
        char *clipped = clip(line);
        lines_push(out, xprintf("%c%s", edits[i].kind, clipped));
        free(clipped);
    }
}

/* A unified diff from EXPECTED to ACTUAL with DIFF_CONTEXT lines of
 * context, cut after MAX_DIFF_LINES lines, appended to OUT. */
void text_diff(Lines *out, const Lines *expected, const Lines *actual)
{
    size_t count;
    Edit *edits = edit_script(expected, actual, &count);
    Lines diff = {0};
    lines_push(&diff, xstrdup("--- expected"));
    lines_push(&diff, xstrdup("+++ actual"));
    size_t i = 0;
    while (i < count) {
        if (edits[i].kind == ' ') {
            i++;
            continue;
        }
        size_t from = i > DIFF_CONTEXT ? i - DIFF_CONTEXT : 0, last = i;
        /* Changes at most 2 * DIFF_CONTEXT kept lines apart share a hunk. */
        for (size_t j = i + 1; j < count && j - last <= 2 * DIFF_CONTEXT + 1; j++)
            if (edits[j].kind != ' ') last = j;
        size_t to = last + 1 + DIFF_CONTEXT < count ? last + 1 + DIFF_CONTEXT : count;
        add_hunk(&diff, expected, actual, edits, from, to);
        i = to;
    }
    free(edits);
    for (size_t k = 0; k < diff.count; k++) {
        if (k == MAX_DIFF_LINES) {
            lines_push(out, xprintf("... (%zu more diff lines)", diff.count - k));
            break;
        }
        lines_push(out, diff.items[k]);
        diff.items[k] = NULL;
    }
    lines_free(&diff);
}
