/*
 * obj_file.c -- file objects (see obj_file.h).
 *
 * A FileObj owns two buffers outside the heap: `wbuf` holds text or
 * bytes written but not yet passed to write(2); `rbuf` holds raw bytes
 * read ahead.  Newline translation (universal newlines: "\r\n" and "\r"
 * read as "\n") happens when text is taken out of rbuf, so the raw bytes
 * stay exact and tell() can account for the read-ahead.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "obj_file.h"
#include "args.h"
#include "exc.h"
#include "fsname.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "strbuf.h"
#include "utf8.h"

#define F_READ      0x0001
#define F_WRITE     0x0002
#define F_BINARY    0x0004
#define F_CLOSEFD   0x0008
#define F_CLOSED    0x0010
#define F_LINEBUF   0x0020
#define F_UNBUF     0x0040
#define F_UNIVERSAL 0x0080      /* translate "\r\n" and "\r" on input */
#define F_EOF       0x0100      /* the descriptor reported end of file */
#define F_WROTE_NL  0x0200      /* a "\n" was written since the last commit */
#define F_PLUS      0x0400

#define BUF_SIZE 8192

typedef struct FileObj FileObj;
struct FileObj {
    Obj base;
    int fd;
    uint32_t flags;
    Value name;                 /* path str or fd int */
    Value mode;                 /* the mode string as given */
    Value encoding;             /* str, text files only */
    const char *write_nl;       /* "\n" is written as this, or NULL */
    char *wbuf;
    size_t wlen, wcap;
    char *rbuf;
    size_t rpos, rlen, rcap;
    FileObj *next, **pprev;     /* the registry's weak list */
};

/* The weak list of open files.  Its finalizer detaches the files, so the
 * order in which the collector frees them does not matter. */
typedef struct {
    Obj base;
    FileObj *head;
} FileListObj;

#define FILE_(v) ((FileObj *)val_as_obj(v))
#define REGISTRY_KEY "__aster_open_files__"

static void filelist_finalize(GC *gc, Obj *o)
{
    (void)gc;
    FileListObj *l = (FileListObj *)o;
    for (FileObj *f = l->head, *next; f; f = next) {
        next = f->next;
        f->next = NULL;
        f->pprev = NULL;
    }
    l->head = NULL;
}

TypeObj FileListType = {
    .base = { .type = &TypeType },
    .name = "open_files",
    .base_type = &ObjectType,
    .flags = TYPE_ABSTRACT_NEW,
    .instance_size = sizeof(FileListObj),
    .finalize = filelist_finalize,
};

static FileListObj *registry(Thread *t, bool create)
{
    DictObj *sys = t->interp->sys_dict;
    if (!sys) return NULL;
    StrObj *key = str_intern(t, REGISTRY_KEY);
    if (!key) { exc_clear(t); return NULL; }
    Value v = dict_get_str(sys, key);
    if (val_is_type(v, &FileListType)) return (FileListObj *)val_as_obj(v);
    if (!create) return NULL;
    FileListObj *l = gc_alloc(t, &FileListType, sizeof(FileListObj));
    if (!l) { exc_clear(t); return NULL; }
    gc_push_root(t, val_from_obj(l));
    int r = dict_set_str(t, sys, key, val_from_obj(l));
    gc_pop_roots(t, 1);
    if (r < 0) { exc_clear(t); return NULL; }
    return l;
}

static void unlink_file(FileObj *f)
{
    if (!f->pprev) return;
    *f->pprev = f->next;
    if (f->next) f->next->pprev = f->pprev;
    f->next = NULL;
    f->pprev = NULL;
}

/* ------------------------------------------------------------------ */
/* Raw descriptor I/O                                                  */

static bool write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += w;
        n -= (size_t)w;
    }
    return true;
}

static int flush_buffer(Thread *t, FileObj *f)
{
    if (!f->wlen) return 0;
    size_t n = f->wlen;
    f->wlen = 0;                /* dropped even on error: no endless retries */
    if (!write_all(f->fd, f->wbuf, n)) {
        exc_raise_oserror(t, errno, VAL_UNBOUND);
        return -1;
    }
    return 0;
}

static void file_finalize(GC *gc, Obj *o)
{
    FileObj *f = (FileObj *)o;
    if (!(f->flags & F_CLOSED)) {
        if (f->wlen) write_all(f->fd, f->wbuf, f->wlen);
        if (f->flags & F_CLOSEFD) close(f->fd);
    }
    mem_free(gc, f->wbuf, f->wcap);
    mem_free(gc, f->rbuf, f->rcap);
    f->wbuf = f->rbuf = NULL;
    unlink_file(f);
}

static void file_trace(GC *gc, Obj *o)
{
    FileObj *f = (FileObj *)o;
    gc_mark_value(gc, f->name);
    gc_mark_value(gc, f->mode);
    gc_mark_value(gc, f->encoding);
}

static int check_open(Thread *t, FileObj *f)
{
    if (f->flags & F_CLOSED) {
        exc_raise(t, &ValueErrorType, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

static int check_readable(Thread *t, FileObj *f)
{
    if (check_open(t, f) < 0) return -1;
    if (!(f->flags & F_READ)) {
        exc_raise(t, &OSErrorType, "not readable");
        return -1;
    }
    /* Pending writes must reach the descriptor before reading from it. */
    return flush_buffer(t, f);
}

static int check_writable(Thread *t, FileObj *f)
{
    if (check_open(t, f) < 0) return -1;
    if (!(f->flags & F_WRITE)) {
        exc_raise(t, &OSErrorType, "not writable");
        return -1;
    }
    if (f->rlen > f->rpos) {
        /* Drop the read-ahead: the write goes where the reader stands. */
        lseek(f->fd, -(off_t)(f->rlen - f->rpos), SEEK_CUR);
    }
    f->rpos = f->rlen = 0;
    f->flags &= ~(uint32_t)F_EOF;
    return 0;
}

/* Reads more raw bytes into rbuf.  Returns the count (0 at end of file)
 * or -1 with OSError set. */
static ssize_t fill(Thread *t, FileObj *f)
{
    if (f->flags & F_EOF) return 0;
    if (f->rpos) {
        memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    if (f->rlen == f->rcap) {
        size_t ncap = f->rcap ? f->rcap * 2 : BUF_SIZE;
        char *nb = mem_realloc(t, f->rbuf, f->rcap, ncap);
        if (!nb) return -1;
        f->rbuf = nb;
        f->rcap = ncap;
    }
    for (;;) {
        ssize_t n = read(f->fd, f->rbuf + f->rlen, f->rcap - f->rlen);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            exc_raise_oserror(t, errno, VAL_UNBOUND);
            return -1;
        }
        if (n == 0) f->flags |= F_EOF;
        f->rlen += (size_t)n;
        return n;
    }
}

/* ------------------------------------------------------------------ */
/* Decoding                                                            */

/* The UnicodeDecodeError for data whose first bad byte is at `bad`. */
static Value decode_error(Thread *t, const char *data, size_t len, size_t bad)
{
    const unsigned char *s = (const unsigned char *)data;
    unsigned char c = s[bad];
    size_t end = bad + 1;
    const char *reason = "invalid start byte";
    if (c >= 0xC2 && c <= 0xF4) {
        int need = utf8_seq_len(c);
        reason = NULL;
        for (int k = 1; k < need && !reason; k++) {
            if (bad + (size_t)k >= len) {
                reason = "unexpected end of data";
                end = len;
                break;
            }
            unsigned char d = s[bad + (size_t)k];
            bool ok = (d & 0xC0) == 0x80;
            if (k == 1 && c == 0xE0) ok = d >= 0xA0 && d <= 0xBF;
            if (k == 1 && c == 0xED) ok = d >= 0x80 && d <= 0x9F;
            if (k == 1 && c == 0xF0) ok = d >= 0x90 && d <= 0xBF;
            if (k == 1 && c == 0xF4) ok = d >= 0x80 && d <= 0x8F;
            if (!ok) {
                reason = "invalid continuation byte";
                end = bad + (size_t)k;
            }
        }
        if (!reason) reason = "invalid start byte";
    }
    uint32_t mark = gc_root_mark(t);
    Value args[5];
    args[0] = str_from_cstr(t, "utf-8");
    if (args[0] == VAL_ERROR) goto fail;
    gc_push_root(t, args[0]);
    args[1] = bytes_new(t, data, len);
    if (args[1] == VAL_ERROR) goto fail;
    gc_push_root(t, args[1]);
    args[2] = val_from_small((int64_t)bad);
    args[3] = val_from_small((int64_t)end);
    args[4] = str_from_cstr(t, reason);
    if (args[4] == VAL_ERROR) goto fail;
    gc_push_root(t, args[4]);
    Value e = exc_new(t, &UnicodeDecodeErrorType, args, 5);
    gc_root_reset(t, mark);
    if (e == VAL_ERROR) return VAL_ERROR;
    return exc_raise_obj(t, e);
fail:
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

/* Makes the result of a read: bytes, or validated text. */
static Value make_result(Thread *t, FileObj *f, const char *data, size_t len)
{
    if (f->flags & F_BINARY) return bytes_new(t, data, len);
    size_t bad;
    if (!utf8_validate(data, len, &bad)) return decode_error(t, data, len, bad);
    return str_new(t, data, len);
}

/* Appends raw[0..n) to b, translating newlines if the file asks for it. */
static void put_translated(FileObj *f, StrBuf *b, const char *raw, size_t n)
{
    if (!(f->flags & F_UNIVERSAL)) {
        strbuf_append(b, raw, n);
        return;
    }
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        if (raw[i] != '\r') continue;
        strbuf_append(b, raw + start, i - start);
        strbuf_putc(b, '\n');
        if (i + 1 < n && raw[i + 1] == '\n') i++;
        start = i + 1;
    }
    strbuf_append(b, raw + start, n - start);
}

/* Takes n raw bytes from the read buffer as a result value. */
static Value take(Thread *t, FileObj *f, size_t n)
{
    StrBuf b;
    strbuf_init(&b);
    put_translated(f, &b, f->rbuf + f->rpos, n);
    f->rpos += n;
    if (b.failed) { strbuf_free(&b); return exc_no_memory(t); }
    Value r = make_result(t, f, b.data ? b.data : "", b.len);
    strbuf_free(&b);
    return r;
}

/* One line; "" (or b"") at end of file. */
static Value read_line(Thread *t, FileObj *f, int64_t limit)
{
    size_t scanned = 0;
    bool universal = (f->flags & F_UNIVERSAL) != 0;
    for (;;) {
        const char *p = f->rbuf ? f->rbuf + f->rpos : NULL;   /* no buffer yet: avail is 0 */
        size_t avail = f->rlen - f->rpos;
        for (; scanned < avail; scanned++) {
            if (limit >= 0 && (int64_t)scanned >= limit) return take(t, f, scanned);
            char c = p[scanned];
            if (c == '\n') return take(t, f, scanned + 1);
            if (c == '\r' && universal) {
                if (scanned + 1 < avail)
                    return take(t, f, scanned + (p[scanned + 1] == '\n' ? 2 : 1));
                break;          /* need the next byte to know */
            }
        }
        ssize_t n = fill(t, f);
        if (n < 0) return VAL_ERROR;
        if (n == 0) return take(t, f, f->rlen - f->rpos);
    }
}

/* Everything up to end of file. */
static Value read_all(Thread *t, FileObj *f)
{
    for (;;) {
        ssize_t n = fill(t, f);
        if (n < 0) return VAL_ERROR;
        if (n == 0) return take(t, f, f->rlen - f->rpos);
    }
}

/* At most n bytes (binary) or n characters (text). */
static Value read_n(Thread *t, FileObj *f, int64_t n)
{
    if (f->flags & F_BINARY) {
        while ((int64_t)(f->rlen - f->rpos) < n) {
            ssize_t got = fill(t, f);
            if (got < 0) return VAL_ERROR;
            if (got == 0) break;
        }
        size_t avail = f->rlen - f->rpos;
        return take(t, f, (int64_t)avail < n ? avail : (size_t)n);
    }
    size_t scanned = 0;
    int64_t chars = 0;
    bool universal = (f->flags & F_UNIVERSAL) != 0;
    while (chars < n) {
        size_t avail = f->rlen - f->rpos;
        const unsigned char *p = (const unsigned char *)f->rbuf + f->rpos;
        size_t step = scanned < avail ? (size_t)utf8_seq_len(p[scanned]) : 1;
        if (scanned < avail && p[scanned] == '\r' && universal) step = 2;
        if (scanned + step > avail && !(f->flags & F_EOF)) {
            ssize_t got = fill(t, f);
            if (got < 0) return VAL_ERROR;
            continue;
        }
        if (scanned >= avail) break;
        if (p[scanned] == '\r' && universal && !(scanned + 1 < avail && p[scanned + 1] == '\n'))
            step = 1;
        scanned += step;
        if (scanned > avail) scanned = avail;
        chars++;
    }
    return take(t, f, scanned);
}

/* ------------------------------------------------------------------ */
/* Writing                                                             */

static int buffer_bytes(Thread *t, FileObj *f, const char *s, size_t len)
{
    if (f->wlen + len > f->wcap && flush_buffer(t, f) < 0) return -1;
    if (len >= BUF_SIZE) {
        if (!write_all(f->fd, s, len)) {
            exc_raise_oserror(t, errno, VAL_UNBOUND);
            return -1;
        }
        return 0;
    }
    if (!f->wbuf) {
        f->wbuf = mem_alloc(t, BUF_SIZE);
        if (!f->wbuf) return -1;
        f->wcap = BUF_SIZE;
    }
    memcpy(f->wbuf + f->wlen, s, len);
    f->wlen += len;
    return 0;
}

static int write_raw(Thread *t, FileObj *f, const char *s, size_t len)
{
    if (memchr(s, '\n', len)) f->flags |= F_WROTE_NL;
    if (!f->write_nl) return buffer_bytes(t, f, s, len);
    const char *end = s + len;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
        if (buffer_bytes(t, f, s, n) < 0) return -1;
        if (!nl) break;
        if (buffer_bytes(t, f, f->write_nl, strlen(f->write_nl)) < 0) return -1;
        s = nl + 1;
    }
    return 0;
}

int file_write_text(Thread *t, Value file, const char *s, size_t len)
{
    FileObj *f = FILE_(file);
    if (check_writable(t, f) < 0) return -1;
    if (f->flags & F_BINARY) {
        exc_raise(t, &TypeErrorType, "a bytes-like object is required, not 'str'");
        return -1;
    }
    return write_raw(t, f, s, len);
}

int file_commit(Thread *t, Value file)
{
    FileObj *f = FILE_(file);
    bool nl = (f->flags & F_WROTE_NL) != 0;
    f->flags &= ~(uint32_t)F_WROTE_NL;
    if ((f->flags & F_UNBUF) || ((f->flags & F_LINEBUF) && nl)) return flush_buffer(t, f);
    return 0;
}

int file_flush(Thread *t, Value file)
{
    FileObj *f = FILE_(file);
    if (check_open(t, f) < 0) return -1;
    return flush_buffer(t, f);
}

/* ------------------------------------------------------------------ */
/* Creation                                                            */

static Value file_alloc(Thread *t, int fd, uint32_t flags, Value name, Value mode, Value encoding)
{
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, name);
    gc_push_root(t, mode);
    gc_push_root(t, encoding);
    FileListObj *reg = registry(t, true);
    if (reg) gc_push_root(t, val_from_obj(reg));
    FileObj *f = gc_alloc(t, &FileType, sizeof(FileObj));
    gc_root_reset(t, mark);
    if (!f) return VAL_ERROR;
    f->fd = fd;
    f->flags = flags;
    f->name = name;
    f->mode = mode;
    f->encoding = encoding;
    if (reg) {
        f->next = reg->head;
        if (f->next) f->next->pprev = &f->next;
        reg->head = f;
        f->pprev = &reg->head;
    }
    return val_from_obj(f);
}

Value file_from_fd(Thread *t, int fd, const char *name, const char *mode)
{
    uint32_t mark = gc_root_mark(t);
    Value r = VAL_ERROR;
    Value n = str_from_cstr(t, name);
    if (n == VAL_ERROR) goto done;
    gc_push_root(t, n);
    Value m = str_from_cstr(t, mode);
    if (m == VAL_ERROR) goto done;
    gc_push_root(t, m);
    Value enc = str_from_cstr(t, "utf-8");
    if (enc == VAL_ERROR) goto done;
    uint32_t flags = F_UNIVERSAL | (mode[0] == 'r' ? F_READ : F_WRITE);
    if (fd == 2) flags |= F_UNBUF;
    else if (isatty(fd)) flags |= F_LINEBUF;
    r = file_alloc(t, fd, flags, n, m, enc);
done:
    gc_root_reset(t, mark);
    return r;
}

/* Parses open()'s mode into flags and open(2) flags. */
static int parse_mode(Thread *t, Value mode, uint32_t *flags, int *oflags)
{
    const char *m = str_cstr(mode);
    int seen[128] = {0};
    for (const char *p = m; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 128 || !strchr("rwxabt+", c) || seen[c]++) {
            exc_raise(t, &ValueErrorType, "invalid mode: '%s'", m);
            return -1;
        }
    }
    int kinds = seen['r'] + seen['w'] + seen['x'] + seen['a'];
    if (seen['t'] && seen['b']) {
        exc_raise(t, &ValueErrorType, "can't have text and binary mode at once");
        return -1;
    }
    if (kinds != 1) {
        exc_raise(t, &ValueErrorType, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    *flags = seen['b'] ? F_BINARY : 0;
    if (seen['r']) { *flags |= F_READ; *oflags = O_RDONLY; }
    if (seen['w']) { *flags |= F_WRITE; *oflags = O_WRONLY | O_CREAT | O_TRUNC; }
    if (seen['x']) { *flags |= F_WRITE; *oflags = O_WRONLY | O_CREAT | O_EXCL; }
    if (seen['a']) { *flags |= F_WRITE; *oflags = O_WRONLY | O_CREAT | O_APPEND; }
    if (seen['+']) {
        *flags |= F_READ | F_WRITE | F_PLUS;
        *oflags = (*oflags & ~(O_RDONLY | O_WRONLY)) | O_RDWR;
    }
    *oflags |= O_CLOEXEC;
    return 0;
}

static bool is_utf8_name(const char *e)
{
    char norm[16];
    size_t n = 0;
    for (; *e && n < sizeof norm - 1; e++) {
        char c = *e;
        if (c == '_') c = '-';
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        norm[n++] = c;
    }
    norm[n] = 0;
    if (*e) return false;
    return !strcmp(norm, "utf-8") || !strcmp(norm, "utf8") || !strcmp(norm, "ascii")
        || !strcmp(norm, "us-ascii");
}

/* Newline and encoding options of a text file. */
static int text_options(Thread *t, FileObj *f, Value newline)
{
    if (newline == VAL_NONE || newline == VAL_UNBOUND) return 0;
    if (!str_check(newline)) {
        exc_raise(t, &TypeErrorType, "open() argument 'newline' must be str or None, not %T", newline);
        return -1;
    }
    const char *nl = str_cstr(newline);
    if (!strcmp(nl, "")) { f->flags &= ~(uint32_t)F_UNIVERSAL; return 0; }
    if (!strcmp(nl, "\n")) { f->flags &= ~(uint32_t)F_UNIVERSAL; return 0; }
    if (!strcmp(nl, "\r")) { f->flags &= ~(uint32_t)F_UNIVERSAL; f->write_nl = "\r"; return 0; }
    if (!strcmp(nl, "\r\n")) { f->flags &= ~(uint32_t)F_UNIVERSAL; f->write_nl = "\r\n"; return 0; }
    exc_raise(t, &ValueErrorType, "illegal newline value: %s", nl);
    return -1;
}

/* Flushes pending writes of every open file, so that a file written and
 * dropped without close() reads back complete (CPython's reference
 * counting closes it at once). */
static void flush_pending(Thread *t)
{
    FileListObj *reg = registry(t, false);
    for (FileObj *f = reg ? reg->head : NULL; f; f = f->next) {
        if (f->wlen && !(f->flags & F_CLOSED)) write_all(f->fd, f->wbuf, f->wlen);
        f->wlen = 0;
    }
}

Value file_open(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[8];
    if (arg_parse(t, "open", args, nargs, kwnames,
                  "file|mode,buffering,encoding,errors,newline,closefd,opener", a) < 0)
        return VAL_ERROR;
    Value file = a[0], mode = a[1], buffering = a[2], encoding = a[3], newline = a[5];
    uint32_t mark = gc_root_mark(t);
    if (mode == VAL_UNBOUND) {
        mode = str_from_cstr(t, "r");
        if (mode == VAL_ERROR) return VAL_ERROR;
        gc_push_root(t, mode);
    } else if (!str_check(mode)) {
        return exc_raise(t, &TypeErrorType, "open() argument 'mode' must be str, not %T", mode);
    }
    Value r = VAL_ERROR;
    uint32_t flags;
    int oflags;
    if (parse_mode(t, mode, &flags, &oflags) < 0) goto done;
    if (!str_check(file) && !int_check(file)) {
        exc_raise(t, &TypeErrorType, "expected str, bytes or os.PathLike object, not %T", file);
        goto done;
    }
    int64_t bufsize = -1;
    if (buffering != VAL_UNBOUND && op_index(t, buffering, &bufsize) < 0) goto done;
    if (flags & F_BINARY) {
        if (encoding != VAL_UNBOUND && encoding != VAL_NONE) {
            exc_raise(t, &ValueErrorType, "binary mode doesn't take an encoding argument");
            goto done;
        }
        if (newline != VAL_UNBOUND && newline != VAL_NONE) {
            exc_raise(t, &ValueErrorType, "binary mode doesn't take a newline argument");
            goto done;
        }
        if (bufsize == 0) flags |= F_UNBUF;
    } else {
        if (bufsize == 0) {
            exc_raise(t, &ValueErrorType, "can't have unbuffered text I/O");
            goto done;
        }
        if (bufsize == 1) flags |= F_LINEBUF;
        flags |= F_UNIVERSAL;
        if (encoding == VAL_UNBOUND || encoding == VAL_NONE) {
            encoding = str_from_cstr(t, "UTF-8");
            if (encoding == VAL_ERROR) goto done;
        } else if (!str_check(encoding)) {
            exc_raise(t, &TypeErrorType, "open() argument 'encoding' must be str or None, not %T",
                      encoding);
            goto done;
        } else if (!is_utf8_name(str_cstr(encoding))) {
            exc_raise(t, &LookupErrorType, "unknown encoding: %s", str_cstr(encoding));
            goto done;
        }
        gc_push_root(t, encoding);
    }
    int closefd = a[6] == VAL_UNBOUND ? 1 : op_truth(t, a[6]);
    if (closefd < 0) goto done;
    if (closefd) flags |= F_CLOSEFD;
    else if (str_check(file)) {
        exc_raise(t, &ValueErrorType, "Cannot use closefd=False with file name");
        goto done;
    }
    if (a[7] != VAL_UNBOUND && a[7] != VAL_NONE) {
        exc_raise(t, &ValueErrorType, "open() does not support an opener");
        goto done;
    }
    int fd;
    if (str_check(file)) {
        if (strlen(str_cstr(file)) != STR(file)->len) {
            exc_raise(t, &ValueErrorType, "embedded null byte");
            goto done;
        }
        const char *path;
        Value keep = fsname_encode(t, file, &path);
        if (keep == VAL_ERROR) goto done;
        gc_push_root(t, keep);
        flush_pending(t);
        do fd = open(path, oflags, 0666); while (fd < 0 && errno == EINTR);
        gc_pop_roots(t, 1);
        if (fd < 0) { exc_raise_oserror(t, errno, file); goto done; }
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            exc_raise_oserror(t, EISDIR, file);
            goto done;
        }
    } else {
        int64_t n;
        if (int_as_i64(t, file, &n) < 0) goto done;
        if (n < 0) {
            exc_raise(t, &ValueErrorType, "negative file descriptor");
            goto done;
        }
        fd = (int)n;
    }
    if (!(flags & (F_LINEBUF | F_UNBUF)) && isatty(fd)) flags |= F_LINEBUF;
    r = file_alloc(t, fd, flags, file, mode, flags & F_BINARY ? VAL_NONE : encoding);
    if (r == VAL_ERROR) {
        if (flags & F_CLOSEFD) close(fd);
        goto done;
    }
    if (!(flags & F_BINARY)) {
        gc_push_root(t, r);
        if (text_options(t, FILE_(r), newline) < 0) r = VAL_ERROR;
    }
done:
    gc_root_reset(t, mark);
    return r;
}

/* ------------------------------------------------------------------ */
/* Methods                                                             */

#define SELF FILE_(args[0])

/* The optional size argument of read()/readline(): -1 for all. */
static int size_arg(Thread *t, Value v, int64_t *out)
{
    *out = -1;
    if (v == VAL_UNBOUND || v == VAL_NONE) return 0;
    if (!int_check(v)) {
        exc_raise(t, &TypeErrorType, "argument should be integer or None, not '%s'",
                  type_name(val_type(v)));
        return -1;
    }
    return int_as_i64(t, v, out);
}

static Value m_read(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int64_t n;
    if (arg_parse(t, "read", args + 1, nargs - 1, kwnames, "|size", a) < 0) return VAL_ERROR;
    if (size_arg(t, a[0], &n) < 0 || check_readable(t, SELF) < 0) return VAL_ERROR;
    return n < 0 ? read_all(t, SELF) : read_n(t, SELF, n);
}

static Value m_readline(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int64_t n;
    if (arg_parse(t, "readline", args + 1, nargs - 1, kwnames, "|size", a) < 0) return VAL_ERROR;
    if (size_arg(t, a[0], &n) < 0 || check_readable(t, SELF) < 0) return VAL_ERROR;
    return read_line(t, SELF, n);
}

static bool at_end(Value line)
{
    return val_is_obj(line) && (str_check(line) ? STR(line)->len == 0 : BYTES(line)->len == 0);
}

static Value m_readlines(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int64_t hint;
    if (arg_parse(t, "readlines", args + 1, nargs - 1, kwnames, "|hint", a) < 0) return VAL_ERROR;
    if (size_arg(t, a[0], &hint) < 0 || check_readable(t, SELF) < 0) return VAL_ERROR;
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, list);
    int64_t total = 0;
    Value r = list;
    for (;;) {
        Value line = read_line(t, SELF, -1);
        if (line == VAL_ERROR) { r = VAL_ERROR; break; }
        if (at_end(line)) break;
        if (list_append(t, list, line) < 0) { r = VAL_ERROR; break; }
        total += (int64_t)(str_check(line) ? STR(line)->nchars : BYTES(line)->len);
        if (hint > 0 && total >= hint) break;
    }
    gc_pop_roots(t, 1);
    return r;
}

/* write(s) for one value: the count written, or -1. */
static int64_t write_value(Thread *t, FileObj *f, Value s)
{
    if (check_writable(t, f) < 0) return -1;
    if (f->flags & F_BINARY) {
        if (!bytes_check(s)) {
            exc_raise(t, &TypeErrorType, "a bytes-like object is required, not '%s'",
                      type_name(val_type(s)));
            return -1;
        }
        if (buffer_bytes(t, f, (const char *)BYTES(s)->data, BYTES(s)->len) < 0) return -1;
        return (int64_t)BYTES(s)->len;
    }
    if (!str_check(s)) {
        exc_raise(t, &TypeErrorType, "write() argument must be str, not %T", s);
        return -1;
    }
    if (write_raw(t, f, STR(s)->data, STR(s)->len) < 0) return -1;
    return (int64_t)STR(s)->nchars;
}

static Value m_write(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "write", kwnames) < 0) return VAL_ERROR;
    if (arg_count(t, "TextIOWrapper.write", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    int64_t n = write_value(t, SELF, args[1]);
    if (n < 0 || file_commit(t, args[0]) < 0) return VAL_ERROR;
    return int_from_i64(t, n);
}

static Value m_writelines(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "writelines", kwnames) < 0) return VAL_ERROR;
    if (arg_count(t, "_IOBase.writelines", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (check_open(t, SELF) < 0) return VAL_ERROR;
    Value it = op_iter(t, args[1]);
    if (it == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, it);
    Value r = VAL_NONE;
    for (;;) {
        Value line = op_next(t, it);
        if (line == VAL_UNBOUND) break;
        if (line == VAL_ERROR || write_value(t, SELF, line) < 0) { r = VAL_ERROR; break; }
    }
    gc_pop_roots(t, 1);
    if (r != VAL_ERROR && file_commit(t, args[0]) < 0) r = VAL_ERROR;
    return r;
}

static Value m_flush(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "flush", kwnames) < 0 || arg_count(t, "TextIOWrapper.flush", nargs - 1, 0, 0) < 0)
        return VAL_ERROR;
    return file_flush(t, args[0]) < 0 ? VAL_ERROR : VAL_NONE;
}

static int close_file(Thread *t, FileObj *f)
{
    if (f->flags & F_CLOSED) return 0;
    int r = flush_buffer(t, f);
    f->flags |= F_CLOSED;
    if ((f->flags & F_CLOSEFD) && close(f->fd) < 0 && r == 0) {
        exc_raise_oserror(t, errno, VAL_UNBOUND);
        r = -1;
    }
    mem_free(t->gc, f->wbuf, f->wcap);
    mem_free(t->gc, f->rbuf, f->rcap);
    f->wbuf = f->rbuf = NULL;
    f->wcap = f->rcap = f->wlen = f->rlen = f->rpos = 0;
    unlink_file(f);
    return r;
}

static Value m_close(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "close", kwnames) < 0 || arg_count(t, "TextIOWrapper.close", nargs - 1, 0, 0) < 0)
        return VAL_ERROR;
    return close_file(t, SELF) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value m_fileno(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)nargs;
    if (arg_no_kw(t, "fileno", kwnames) < 0 || check_open(t, SELF) < 0) return VAL_ERROR;
    return val_from_small(SELF->fd);
}

static Value m_isatty(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)nargs;
    if (arg_no_kw(t, "isatty", kwnames) < 0 || check_open(t, SELF) < 0) return VAL_ERROR;
    return val_from_bool(isatty(SELF->fd));
}

static Value m_readable(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)nargs;
    if (arg_no_kw(t, "readable", kwnames) < 0 || check_open(t, SELF) < 0) return VAL_ERROR;
    return val_from_bool(SELF->flags & F_READ);
}

static Value m_writable(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)nargs;
    if (arg_no_kw(t, "writable", kwnames) < 0 || check_open(t, SELF) < 0) return VAL_ERROR;
    return val_from_bool(SELF->flags & F_WRITE);
}

static Value m_seekable(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)nargs;
    if (arg_no_kw(t, "seekable", kwnames) < 0 || check_open(t, SELF) < 0) return VAL_ERROR;
    return val_from_bool(lseek(SELF->fd, 0, SEEK_CUR) >= 0);
}

/* The logical position: the descriptor's, less the unread read-ahead. */
static int64_t position(Thread *t, FileObj *f)
{
    if (flush_buffer(t, f) < 0) return -1;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) {
        exc_raise_oserror(t, errno, VAL_UNBOUND);
        return -1;
    }
    return (int64_t)pos - (int64_t)(f->rlen - f->rpos);
}

static Value m_tell(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)nargs;
    if (arg_no_kw(t, "tell", kwnames) < 0 || check_open(t, SELF) < 0) return VAL_ERROR;
    int64_t pos = position(t, SELF);
    return pos < 0 ? VAL_ERROR : int_from_i64(t, pos);
}

static Value m_seek(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    int64_t off, whence = 0;
    if (arg_parse(t, "seek", args + 1, nargs - 1, kwnames, "cookie|whence", a) < 0) return VAL_ERROR;
    if (op_index(t, a[0], &off) < 0) return VAL_ERROR;
    if (a[1] != VAL_UNBOUND && op_index(t, a[1], &whence) < 0) return VAL_ERROR;
    FileObj *f = SELF;
    if (check_open(t, f) < 0) return VAL_ERROR;
    if (whence < 0 || whence > 2)
        return exc_raise(t, &ValueErrorType, "invalid whence (%lld, should be 0, 1 or 2)",
                         (long long)whence);
    if (!(f->flags & F_BINARY) && whence != 0 && off != 0)
        return exc_raise(t, &OSErrorType, "can't do nonzero %s-relative seeks",
                         whence == 1 ? "cur" : "end");
    if (!(f->flags & F_BINARY) && whence == 0 && off < 0)
        return exc_raise(t, &ValueErrorType, "negative seek position %lld", (long long)off);
    if (whence == 1) {
        int64_t pos = position(t, f);
        if (pos < 0) return VAL_ERROR;
        off += pos;
        whence = 0;
    }
    if (flush_buffer(t, f) < 0) return VAL_ERROR;
    off_t r = lseek(f->fd, (off_t)off, whence == 0 ? SEEK_SET : SEEK_END);
    if (r < 0) return exc_raise_oserror(t, errno, VAL_UNBOUND);
    f->rpos = f->rlen = 0;
    f->flags &= ~(uint32_t)F_EOF;
    return int_from_i64(t, (int64_t)r);
}

static Value m_enter(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)nargs;
    (void)kwnames;
    if (check_open(t, SELF) < 0) return VAL_ERROR;
    return args[0];
}

static Value m_exit(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)nargs;
    (void)kwnames;
    return close_file(t, SELF) < 0 ? VAL_ERROR : VAL_NONE;
}

static const MethodDef file_methods[] = {
    {"read", m_read, 0},
    {"readline", m_readline, 0},
    {"readlines", m_readlines, 0},
    {"write", m_write, 0},
    {"writelines", m_writelines, 0},
    {"flush", m_flush, 0},
    {"close", m_close, 0},
    {"fileno", m_fileno, 0},
    {"isatty", m_isatty, 0},
    {"readable", m_readable, 0},
    {"writable", m_writable, 0},
    {"seekable", m_seekable, 0},
    {"tell", m_tell, 0},
    {"seek", m_seek, 0},
    {"__enter__", m_enter, 0},
    {"__exit__", m_exit, 0},
    {NULL, NULL, 0},
};

static Value get_closed(Thread *t, Value self)
{
    (void)t;
    return val_from_bool(FILE_(self)->flags & F_CLOSED);
}

static Value get_name(Thread *t, Value self) { (void)t; return FILE_(self)->name; }
static Value get_mode(Thread *t, Value self) { (void)t; return FILE_(self)->mode; }

static Value get_encoding(Thread *t, Value self)
{
    FileObj *f = FILE_(self);
    if (f->flags & F_BINARY)
        return exc_raise(t, &AttributeErrorType, "'_io.BufferedReader' object has no attribute 'encoding'");
    return f->encoding;
}

static Value get_line_buffering(Thread *t, Value self)
{
    (void)t;
    return val_from_bool(FILE_(self)->flags & F_LINEBUF);
}

static const GetSetDef file_getset[] = {
    {"closed", get_closed, NULL},
    {"name", get_name, NULL},
    {"mode", get_mode, NULL},
    {"encoding", get_encoding, NULL},
    {"line_buffering", get_line_buffering, NULL},
    {NULL, NULL, NULL},
};

static Value file_repr(Thread *t, Value self)
{
    FileObj *f = FILE_(self);
    Value name = op_repr(t, f->name);
    if (name == VAL_ERROR) return VAL_ERROR;
    StrBuf b;
    strbuf_init(&b);
    if (f->flags & F_BINARY) {
        const char *kind = (f->flags & F_PLUS) ? "BufferedRandom"
                         : (f->flags & F_READ) ? "BufferedReader" : "BufferedWriter";
        strbuf_printf(&b, "<_io.%s name=", kind);
        strbuf_put_str(&b, name);
    } else {
        strbuf_puts(&b, "<_io.TextIOWrapper name=");
        strbuf_put_str(&b, name);
        strbuf_printf(&b, " mode='%s' encoding='%s'", str_cstr(f->mode), str_cstr(f->encoding));
    }
    strbuf_putc(&b, '>');
    return strbuf_finish(t, &b);
}

static Value file_iter(Thread *t, Value self)
{
    if (check_open(t, FILE_(self)) < 0) return VAL_ERROR;
    return self;
}

static Value file_next(Thread *t, Value self)
{
    if (check_readable(t, FILE_(self)) < 0) return VAL_ERROR;
    Value line = read_line(t, FILE_(self), -1);
    if (line == VAL_ERROR) return VAL_ERROR;
    return at_end(line) ? VAL_UNBOUND : line;
}

static int64_t file_hash(Thread *t, Value self)
{
    (void)t;
    return (int64_t)((uintptr_t)val_as_obj(self) >> 4);
}

TypeObj FileType = {
    .base = { .type = &TypeType },
    .name = "TextIOWrapper",
    .base_type = &ObjectType,
    .flags = TYPE_ABSTRACT_NEW,
    .instance_size = sizeof(FileObj),
    .trace = file_trace,
    .finalize = file_finalize,
    .repr = file_repr,
    .hash = file_hash,
    .iter = file_iter,
    .next = file_next,
    .methods = file_methods,
    .getset = file_getset,
};

/* ------------------------------------------------------------------ */
/* Any file-like object                                                */

int file_write_any(Thread *t, Value file, Value str)
{
    if (file_check(file)) {
        if (file_write_text(t, file, STR(str)->data, STR(str)->len) < 0) return -1;
        return file_commit(t, file);
    }
    StrObj *write = NAME(t, write);
    Value r = op_call_method(t, file, write, &str, 1);
    return r == VAL_ERROR ? -1 : 0;
}

int file_flush_any(Thread *t, Value file)
{
    if (file_check(file)) return file_flush(t, file);
    StrObj *flush = NAME(t, flush);
    Value m = op_getattr_opt(t, file, flush);
    if (m == VAL_ERROR) return -1;
    if (m == VAL_UNBOUND) return 0;
    return op_call0(t, m) == VAL_ERROR ? -1 : 0;
}

Value file_readline_any(Thread *t, Value file)
{
    if (file_check(file)) {
        if (check_readable(t, FILE_(file)) < 0) return VAL_ERROR;
        return read_line(t, FILE_(file), -1);
    }
    StrObj *readline = str_intern(t, "readline");
    if (!readline) return VAL_ERROR;
    return op_call_method(t, file, readline, NULL, 0);
}

Value file_std_stream(Thread *t, const char *name)
{
    DictObj *sys = t->interp->sys_dict;
    if (!sys) return VAL_UNBOUND;
    StrObj *key = str_intern(t, name);
    if (!key) { exc_clear(t); return VAL_UNBOUND; }
    return dict_get_str(sys, key);
}

void file_write_stderr(Thread *t, const char *data, size_t len)
{
    Value err = file_std_stream(t, "stderr");
    if (err == VAL_UNBOUND || err == VAL_NONE) {
        write_all(2, data, len);
        return;
    }
    Value saved = exc_fetch(t);
    gc_push_root(t, saved);
    gc_push_root(t, err);
    if (file_check(err)) {
        if (file_write_text(t, err, data, len) < 0 || file_flush(t, err) < 0) exc_clear(t);
    } else {
        Value s = str_new(t, data, len);
        if (s == VAL_ERROR || file_write_any(t, err, s) < 0 || file_flush_any(t, err) < 0)
            exc_clear(t);
    }
    gc_pop_roots(t, 2);
    t->exc = saved;
}

void file_flush_all(Thread *t)
{
    Value saved = exc_fetch(t);
    FileListObj *reg = registry(t, false);
    for (FileObj *f = reg ? reg->head : NULL; f; f = f->next)
        if (!(f->flags & F_CLOSED) && flush_buffer(t, f) < 0) exc_clear(t);
    t->exc = saved;
}
