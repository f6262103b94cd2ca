/*
 * mod_socket.c -- the _socket module: BSD sockets for `socket`
 * (stdlib/socket.as wraps it, as CPython's socket.py wraps _socket).
 *
 * A socket object owns a descriptor and a timeout: -1 blocks, 0 never
 * blocks (BlockingIOError), a positive timeout makes the descriptor
 * non-blocking and waits for it with poll(2), raising TimeoutError('timed
 * out') when the time is up.  Every call that may wait lets go of the
 * interpreter lock; a wait cut short by a signal polls for Ctrl-C and
 * retries.  Addresses and the resolver functions are in socket_addr.c.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "args.h"
#include "exc.h"
#include "gc.h"
#include "gil.h"
#include "interp.h"
#include "interrupt.h"
#include "module.h"
#include "obj_bytearray.h"
#include "obj_bytes.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "socket_addr.h"

typedef struct {
    Obj base;
    int fd;                     /* -1 once closed or detached */
    int family, type, proto;
    double timeout;             /* seconds; -1: blocking */
} SocketObj;

#define SOCK(v) ((SocketObj *)val_as_obj(v))

TypeObj SocketType;
TypeObj GaiErrorType = { .base = { .type = &TypeType }, EXC_TYPE_INIT("gaierror", &OSErrorType) };
TypeObj HErrorType = { .base = { .type = &TypeType }, EXC_TYPE_INIT("herror", &OSErrorType) };

/* socket.setdefaulttimeout: the timeout new sockets start with. */
static double default_timeout = -1;

/* ------------------------------------------------------------------ */
/* Errors and arguments                                                */

/* A timeout argument: None is -1 (blocking), else a number >= 0. */
static int timeout_arg(Thread *t, Value v, double *out)
{
    if (v == VAL_NONE) {
        *out = -1;
        return 0;
    }
    if (!int_check(v) && !float_check(v)) {
        exc_raise(t, &TypeErrorType, "'%s' object cannot be interpreted as an integer", type_name(val_type(v)));
        return -1;
    }
    if (float_as_double(t, v, out) < 0) return -1;
    if (!(*out >= 0) || isinf(*out)) {
        exc_raise(t, &ValueErrorType, "Timeout value out of range");
        return -1;
    }
    return 0;
}

static Value timeout_value(Thread *t, double timeout)
{
    (void)t;
    return timeout < 0 ? VAL_NONE : val_from_double(timeout);
}

/* A bytes-like argument to send.  A bytes object is read in place, even
 * with the lock released: it is rooted by the call, never moves and
 * never changes.  A bytearray could be resized by another thread, so it
 * is copied into *owned (free it after). */
static bool send_buffer(Thread *t, Value v, const unsigned char **data, size_t *len, unsigned char **owned)
{
    *owned = NULL;
    if (!bytes_like(v, data, len)) {
        exc_raise(t, &TypeErrorType, "a bytes-like object is required, not '%s'", type_name(val_type(v)));
        return false;
    }
    if (bytes_check(v)) return true;
    *owned = malloc(*len ? *len : 1);
    if (!*owned) {
        exc_no_memory(t);
        return false;
    }
    memcpy(*owned, *data, *len);
    *data = *owned;
    return true;
}

static double monotonic_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The moment a socket's timeout runs out, counting from now; 0 when it
 * has no positive timeout. */
static double deadline_of(const SocketObj *s)
{
    return s->timeout > 0 ? monotonic_now() + s->timeout : 0;
}

/* Waits (lock released) until fd is ready for `events` or the deadline
 * (0: none) passes.  1 ready, 0 timed out, -1 with errno. */
static int wait_ready(Thread *t, int fd, short events, double deadline)
{
    int ms = -1;
    if (deadline > 0) {
        double left = deadline - monotonic_now();
        ms = left <= 0 ? 0 : (int)ceil(left * 1000);
    }
    struct pollfd p = { .fd = fd, .events = events };
    gil_release(t);
    int r = poll(&p, 1, ms);
    gil_acquire(t);
    return r;
}

/* A system call on a socket, as CPython's sock_call does it.  fn runs
 * with the lock released and returns >= 0 or -1 with errno.  With a
 * positive timeout it first waits for the descriptor (events), and again
 * after a spurious wake-up (EAGAIN).  Returns 0 with *result, or -1
 * raised: TimeoutError, KeyboardInterrupt, or the OSError of errno. */
typedef ssize_t (*SockFn)(int fd, void *ctx);

static int sock_call(Thread *t, SocketObj *s, short events, SockFn fn, void *ctx, double deadline,
                     ssize_t *result)
{
    for (;;) {
        if (s->fd < 0) {
            sock_raise_errno(t, EBADF);
            return -1;
        }
        if (deadline > 0) {
            int r = wait_ready(t, s->fd, events, deadline);
            if (r < 0 && errno == EINTR) {
                if (interrupt_check(t) < 0) return -1;
                continue;
            }
            if (r < 0) {
                sock_raise_errno(t, errno);
                return -1;
            }
            if (r == 0) {
                exc_raise(t, &TimeoutErrorType, "timed out");
                return -1;
            }
        }
        gil_release(t);
        ssize_t n = fn(s->fd, ctx);
        gil_acquire(t);
        if (n >= 0) {
            *result = n;
            return 0;
        }
        if (errno == EINTR) {
            if (interrupt_check(t) < 0) return -1;
            continue;
        }
        if (deadline > 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) continue;
        sock_raise_errno(t, errno);
        return -1;
    }
}

/* ------------------------------------------------------------------ */
/* Socket objects                                                      */

static SocketObj *self_sock(Value *args) { return SOCK(args[0]); }

static Value socket_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    SocketObj *s = gc_alloc(t, cls, cls->instance_size);
    if (!s) return VAL_ERROR;
    s->fd = -1;
    s->family = AF_INET;
    s->type = SOCK_STREAM;
    s->proto = 0;
    s->timeout = -1;
    return val_from_obj(s);
}

static void socket_finalize(GC *gc, Obj *o)
{
    (void)gc;
    SocketObj *s = (SocketObj *)o;
    if (s->fd >= 0) close(s->fd);
    s->fd = -1;
}

static int set_nonblocking(int fd, bool on)
{
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) return -1;
    int want = on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK;
    return want == flags ? 0 : fcntl(fd, F_SETFL, want);
}

/* Sets the timeout and the descriptor's mode to match it. */
static int apply_timeout(Thread *t, SocketObj *s, double timeout)
{
    s->timeout = timeout;
    if (set_nonblocking(s->fd, timeout >= 0) < 0) {
        sock_raise_errno(t, errno);
        return -1;
    }
    return 0;
}

/* Out of descriptors (err EMFILE or ENFILE): collects, since sockets the
 * program dropped keep theirs until the collector finalises them (CPython
 * frees them at once), and returns true so the caller tries again. */
static bool collect_for_descriptors(Thread *t, int err)
{
    if (err != EMFILE && err != ENFILE) return false;
    gc_collect(t);
    errno = err;
    return true;
}

static int sockopt_int(int fd, int opt, int *out)
{
    socklen_t len = sizeof *out;
    return getsockopt(fd, SOL_SOCKET, opt, out, &len);
}

/* _socket.socket(family=-1, type=-1, proto=-1, fileno=None): -1 means
 * AF_INET, SOCK_STREAM, 0 for a new socket, and asks the descriptor
 * for a given fileno. */
static Value socket_init(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[4];
    if (arg_parse(t, "socket", args, nargs, kwnames, "|family,type,proto,fileno", a) < 0) return VAL_ERROR;
    int family = -1, type = -1, proto = -1;
    if ((a[0] != VAL_UNBOUND && sock_cint_arg(t, a[0], &family) < 0)
        || (a[1] != VAL_UNBOUND && sock_cint_arg(t, a[1], &type) < 0)
        || (a[2] != VAL_UNBOUND && sock_cint_arg(t, a[2], &proto) < 0))
        return VAL_ERROR;
    SocketObj *s = SOCK(self);
    int fd;
    if (a[3] != VAL_UNBOUND && a[3] != VAL_NONE) {
        int64_t n;
        if (arg_ssize(t, a[3], &n) < 0) return VAL_ERROR;
        if (n < 0) return exc_raise(t, &ValueErrorType, "negative file descriptor");
        if (n > INT32_MAX) return exc_raise(t, &OverflowErrorType, "file descriptor out of range");
        fd = (int)n;
        if (family == -1 && sockopt_int(fd, SO_DOMAIN, &family) < 0) return sock_raise_errno(t, errno);
        if (type == -1 && sockopt_int(fd, SO_TYPE, &type) < 0) return sock_raise_errno(t, errno);
        if (proto == -1 && sockopt_int(fd, SO_PROTOCOL, &proto) < 0) return sock_raise_errno(t, errno);
    } else {
        if (family == -1) family = AF_INET;
        if (type == -1) type = SOCK_STREAM;
        if (proto == -1) proto = 0;
        fd = socket(family, type | SOCK_CLOEXEC, proto);
        if (fd < 0 && collect_for_descriptors(t, errno)) fd = socket(family, type | SOCK_CLOEXEC, proto);
        if (fd < 0) return sock_raise_errno(t, errno);
    }
    if (s->fd >= 0) close(s->fd);
    s->fd = fd;
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    double timeout = (type & SOCK_NONBLOCK) ? 0 : default_timeout;
    if (timeout >= 0 && apply_timeout(t, s, timeout) < 0) return VAL_ERROR;
    s->timeout = timeout;
    return VAL_NONE;
}

/* ---- plain calls ---------------------------------------------------- */

static Value socket_fileno(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "fileno", nargs, kwnames) < 0) return VAL_ERROR;
    return val_from_small(self_sock(args)->fd);
}

static Value socket_close(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "close", nargs, kwnames) < 0) return VAL_ERROR;
    SocketObj *s = self_sock(args);
    int fd = s->fd;
    if (fd < 0) return VAL_NONE;
    s->fd = -1;
    /* A reset connection is closed all the same. */
    if (close(fd) < 0 && errno != ECONNRESET && errno != EINTR) return sock_raise_errno(t, errno);
    return VAL_NONE;
}

static Value socket_detach(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "detach", nargs, kwnames) < 0) return VAL_ERROR;
    SocketObj *s = self_sock(args);
    int fd = s->fd;
    s->fd = -1;
    return val_from_small(fd);
}

static Value socket_bind(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "bind", kwnames) < 0 || arg_count(t, "bind", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    SocketObj *s = self_sock(args);
    SockAddr addr;
    if (sock_addr_arg(t, "bind", s->family, args[1], &addr) < 0) return VAL_ERROR;
    if (bind(s->fd, (struct sockaddr *)&addr.ss, addr.len) < 0) return sock_raise_errno(t, errno);
    return VAL_NONE;
}

static Value socket_listen(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "listen", kwnames) < 0 || arg_count(t, "listen", nargs - 1, 0, 1) < 0) return VAL_ERROR;
    int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (nargs > 1 && sock_cint_arg(t, args[1], &backlog) < 0) return VAL_ERROR;
    if (backlog < 0) backlog = 0;
    if (listen(self_sock(args)->fd, backlog) < 0) return sock_raise_errno(t, errno);
    return VAL_NONE;
}

static Value socket_shutdown(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "shutdown", kwnames) < 0 || arg_count(t, "shutdown", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    int how;
    if (sock_cint_arg(t, args[1], &how) < 0) return VAL_ERROR;
    if (shutdown(self_sock(args)->fd, how) < 0) return sock_raise_errno(t, errno);
    return VAL_NONE;
}

static Value sock_name(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *fname,
                       int (*get)(int, struct sockaddr *, socklen_t *))
{
    if (arg_none(t, fname, nargs, kwnames) < 0) return VAL_ERROR;
    SockAddr addr;
    memset(&addr, 0, sizeof addr);
    addr.len = sizeof addr.ss;
    if (get(self_sock(args)->fd, (struct sockaddr *)&addr.ss, &addr.len) < 0) return sock_raise_errno(t, errno);
    return sock_addr_value(t, (struct sockaddr *)&addr.ss, addr.len);
}

static Value socket_getsockname(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return sock_name(t, args, nargs, kwnames, "getsockname", getsockname);
}

static Value socket_getpeername(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return sock_name(t, args, nargs, kwnames, "getpeername", getpeername);
}

static Value socket_setsockopt(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "setsockopt", kwnames) < 0 || arg_count(t, "setsockopt", nargs - 1, 3, 3) < 0)
        return VAL_ERROR;
    int level, opt, ival;
    if (sock_cint_arg(t, args[1], &level) < 0 || sock_cint_arg(t, args[2], &opt) < 0) return VAL_ERROR;
    const void *data = &ival;
    size_t len = sizeof ival;
    if (int_check(args[3])) {
        if (sock_cint_arg(t, args[3], &ival) < 0) return VAL_ERROR;
    } else if (!bytes_like(args[3], (const unsigned char **)&data, &len)) {
        return exc_raise(t, &TypeErrorType, "a bytes-like object is required, not '%s'",
                         type_name(val_type(args[3])));
    }
    if (setsockopt(self_sock(args)->fd, level, opt, data, (socklen_t)len) < 0) return sock_raise_errno(t, errno);
    return VAL_NONE;
}

static Value socket_getsockopt(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "getsockopt", kwnames) < 0 || arg_count(t, "getsockopt", nargs - 1, 2, 3) < 0)
        return VAL_ERROR;
    int level, opt, buflen = 0;
    if (sock_cint_arg(t, args[1], &level) < 0 || sock_cint_arg(t, args[2], &opt) < 0) return VAL_ERROR;
    if (nargs > 3 && sock_cint_arg(t, args[3], &buflen) < 0) return VAL_ERROR;
    int fd = self_sock(args)->fd;
    if (buflen == 0) {
        int v = 0;
        socklen_t len = sizeof v;
        if (getsockopt(fd, level, opt, &v, &len) < 0) return sock_raise_errno(t, errno);
        return val_from_small(v);
    }
    if (buflen < 0 || buflen > 1024) return exc_raise(t, &OSErrorType, "getsockopt buflen out of range");
    unsigned char buf[1024];
    socklen_t len = (socklen_t)buflen;
    if (getsockopt(fd, level, opt, buf, &len) < 0) return sock_raise_errno(t, errno);
    return bytes_new(t, buf, len);
}

/* ---- timeouts ------------------------------------------------------- */

static Value socket_settimeout(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "settimeout", kwnames) < 0 || arg_count(t, "settimeout", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    double timeout;
    if (timeout_arg(t, args[1], &timeout) < 0) return VAL_ERROR;
    return apply_timeout(t, self_sock(args), timeout) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value socket_gettimeout(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "gettimeout", nargs, kwnames) < 0) return VAL_ERROR;
    return timeout_value(t, self_sock(args)->timeout);
}

static Value socket_setblocking(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "setblocking", kwnames) < 0 || arg_count(t, "setblocking", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    int64_t flag;
    if (arg_ssize(t, args[1], &flag) < 0) return VAL_ERROR;
    return apply_timeout(t, self_sock(args), flag ? -1 : 0) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value socket_getblocking(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "getblocking", nargs, kwnames) < 0) return VAL_ERROR;
    return val_from_bool(self_sock(args)->timeout != 0);
}

/* ---- connecting ----------------------------------------------------- */

/* connect(2) with the socket's timeout: 0, or the errno of the failure
 * (EAGAIN when the timeout ran out).  -1 only when an exception was
 * raised (KeyboardInterrupt, poll failing). */
static int connect_errno(Thread *t, SocketObj *s, const SockAddr *addr, bool *timed_out)
{
    *timed_out = false;
    if (s->fd < 0) return EBADF;
    double deadline = deadline_of(s);
    gil_release(t);
    int r = connect(s->fd, (const struct sockaddr *)&addr->ss, addr->len);
    gil_acquire(t);
    if (r == 0) return 0;
    int err = errno;
    /* Interrupted, the connection goes on in the background: like a
     * non-blocking connect, wait for it unless the socket never waits. */
    if (err == EINTR) {
        if (interrupt_check(t) < 0) return -1;
        if (s->timeout == 0) return EINTR;
    } else if (!(err == EINPROGRESS && s->timeout > 0)) {
        return err;
    }
    for (;;) {
        int ready = wait_ready(t, s->fd, POLLOUT, deadline);
        if (ready < 0 && errno == EINTR) {
            if (interrupt_check(t) < 0) return -1;
            continue;
        }
        if (ready < 0) return errno;
        if (ready == 0) {
            *timed_out = true;
            return EAGAIN;
        }
        break;
    }
    int soerr = 0;
    if (sockopt_int(s->fd, SO_ERROR, &soerr) < 0) return errno;
    return soerr;
}

static Value socket_connect_either(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *fname,
                                   bool raise)
{
    if (arg_no_kw(t, fname, kwnames) < 0 || arg_count(t, fname, nargs - 1, 1, 1) < 0) return VAL_ERROR;
    SocketObj *s = self_sock(args);
    SockAddr addr;
    if (sock_addr_arg(t, fname, s->family, args[1], &addr) < 0) return VAL_ERROR;
    bool timed_out;
    int err = connect_errno(t, s, &addr, &timed_out);
    if (err < 0) return VAL_ERROR;
    if (!raise) return val_from_small(err);
    if (timed_out) return exc_raise(t, &TimeoutErrorType, "timed out");
    return err ? sock_raise_errno(t, err) : VAL_NONE;
}

static Value socket_connect(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return socket_connect_either(t, args, nargs, kwnames, "connect", true);
}

static Value socket_connect_ex(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return socket_connect_either(t, args, nargs, kwnames, "connect_ex", false);
}

typedef struct {
    SockAddr addr;
    int fd;
} AcceptCtx;

static ssize_t do_accept(int fd, void *ctx)
{
    AcceptCtx *c = ctx;
    c->addr.len = sizeof c->addr.ss;
    c->fd = accept4(fd, (struct sockaddr *)&c->addr.ss, &c->addr.len, SOCK_CLOEXEC);
    return c->fd;
}

/* _accept() -> (fd, address): socket.accept wraps the descriptor. */
static Value socket_accept(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "_accept", nargs, kwnames) < 0) return VAL_ERROR;
    SocketObj *s = self_sock(args);
    AcceptCtx c;
    ssize_t n;
    if (sock_call(t, s, POLLIN, do_accept, &c, deadline_of(s), &n) < 0) return VAL_ERROR;
    Value addr = sock_addr_value(t, (struct sockaddr *)&c.addr.ss, c.addr.len);
    if (addr == VAL_ERROR) {
        close(c.fd);
        return VAL_ERROR;
    }
    gc_push_root(t, addr);
    Value r = tuple_pack(t, 2, val_from_small(c.fd), addr);
    gc_pop_roots(t, 1);
    if (r == VAL_ERROR) close(c.fd);
    return r;
}

/* ---- sending -------------------------------------------------------- */

typedef struct {
    const unsigned char *data;
    size_t len;
    int flags;
    const SockAddr *to;         /* sendto, else NULL */
} SendCtx;

static ssize_t do_send(int fd, void *ctx)
{
    SendCtx *c = ctx;
    /* MSG_NOSIGNAL: a closed peer gives EPIPE rather than SIGPIPE. */
    if (c->to)
        return sendto(fd, c->data, c->len, c->flags | MSG_NOSIGNAL, (const struct sockaddr *)&c->to->ss,
                      c->to->len);
    return send(fd, c->data, c->len, c->flags | MSG_NOSIGNAL);
}

/* send(data[, flags]) and sendall(data[, flags]). */
static Value send_either(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *fname, bool all)
{
    if (arg_no_kw(t, fname, kwnames) < 0 || arg_count(t, fname, nargs - 1, 1, 2) < 0) return VAL_ERROR;
    SendCtx c = { .flags = 0 };
    unsigned char *owned;
    if (!send_buffer(t, args[1], &c.data, &c.len, &owned)) return VAL_ERROR;
    if (nargs > 2 && sock_cint_arg(t, args[2], &c.flags) < 0) {
        free(owned);
        return VAL_ERROR;
    }
    SocketObj *s = self_sock(args);
    double deadline = deadline_of(s);
    size_t total = 0;
    ssize_t n;
    do {
        if (sock_call(t, s, POLLOUT, do_send, &c, deadline, &n) < 0) {
            free(owned);
            return VAL_ERROR;
        }
        total += (size_t)n;
        c.data += n;
        c.len -= (size_t)n;
        /* Between pieces sendall lets a Ctrl-C through. */
        if (all && c.len && interrupt_check(t) < 0) {
            free(owned);
            return VAL_ERROR;
        }
    } while (all && c.len);
    free(owned);
    return all ? VAL_NONE : int_from_i64(t, (int64_t)total);
}

static Value socket_send(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return send_either(t, args, nargs, kwnames, "send", false);
}

static Value socket_sendall(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return send_either(t, args, nargs, kwnames, "sendall", true);
}

/* sendto(data[, flags], address) */
static Value socket_sendto(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "sendto", kwnames) < 0) return VAL_ERROR;
    if (nargs < 3 || nargs > 4)
        return exc_raise(t, &TypeErrorType, "sendto() takes 2 or 3 arguments (%d given)", nargs - 1);
    SocketObj *s = self_sock(args);
    SockAddr to;
    SendCtx c = { .flags = 0, .to = &to };
    if (nargs == 4 && sock_cint_arg(t, args[2], &c.flags) < 0) return VAL_ERROR;
    unsigned char *owned;
    if (!send_buffer(t, args[1], &c.data, &c.len, &owned)) return VAL_ERROR;
    ssize_t n;
    int rc = sock_addr_arg(t, "sendto", s->family, args[nargs - 1], &to) < 0 ? -1
             : sock_call(t, s, POLLOUT, do_send, &c, deadline_of(s), &n);
    free(owned);
    return rc < 0 ? VAL_ERROR : int_from_i64(t, n);
}

/* ---- receiving ------------------------------------------------------ */

typedef struct {
    unsigned char *buf;
    size_t len;
    int flags;
    SockAddr from;              /* recvfrom */
    bool want_from;
} RecvCtx;

static ssize_t do_recv(int fd, void *ctx)
{
    RecvCtx *c = ctx;
    if (!c->want_from) return recv(fd, c->buf, c->len, c->flags);
    c->from.len = sizeof c->from.ss;
    return recvfrom(fd, c->buf, c->len, c->flags, (struct sockaddr *)&c->from.ss, &c->from.len);
}

/* Receives up to c->len bytes into a fresh buffer (c->buf, freed by the
 * caller).  Returns the count, or -1 raised. */
static ssize_t recv_some(Thread *t, SocketObj *s, RecvCtx *c)
{
    c->buf = malloc(c->len ? c->len : 1);
    if (!c->buf) {
        exc_no_memory(t);
        return -1;
    }
    ssize_t n;
    return sock_call(t, s, POLLIN, do_recv, c, deadline_of(s), &n) < 0 ? -1 : n;
}

/* The (bufsize[, flags]) arguments of recv and recvfrom. */
static int recv_args(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *fname, RecvCtx *c)
{
    memset(c, 0, sizeof *c);
    if (arg_no_kw(t, fname, kwnames) < 0 || arg_count(t, fname, nargs - 1, 1, 2) < 0) return -1;
    int64_t size;
    if (arg_ssize(t, args[1], &size) < 0) return -1;
    if (size < 0) {
        exc_raise(t, &ValueErrorType, "negative buffersize in %s", fname);
        return -1;
    }
    if (nargs > 2 && sock_cint_arg(t, args[2], &c->flags) < 0) return -1;
    c->len = (size_t)size;
    return 0;
}

static Value socket_recv(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    RecvCtx c;
    if (recv_args(t, args, nargs, kwnames, "recv", &c) < 0) return VAL_ERROR;
    ssize_t n = recv_some(t, self_sock(args), &c);
    Value r = n < 0 ? VAL_ERROR : bytes_new(t, c.buf, (size_t)n);
    free(c.buf);
    return r;
}

static Value socket_recvfrom(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    RecvCtx c;
    if (recv_args(t, args, nargs, kwnames, "recvfrom", &c) < 0) return VAL_ERROR;
    c.want_from = true;
    ssize_t n = recv_some(t, self_sock(args), &c);
    Value r = VAL_ERROR;
    if (n >= 0) {
        Value data = bytes_new(t, c.buf, (size_t)n);
        if (data != VAL_ERROR) {
            gc_push_root(t, data);
            Value addr = sock_addr_value(t, (struct sockaddr *)&c.from.ss, c.from.len);
            if (addr != VAL_ERROR) {
                gc_push_root(t, addr);
                r = tuple_pack(t, 2, data, addr);
                gc_pop_roots(t, 1);
            }
            gc_pop_roots(t, 1);
        }
    }
    free(c.buf);
    return r;
}

/* recv_into(buffer[, nbytes[, flags]]) into a bytearray. */
static Value socket_recv_into(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[4];
    if (arg_parse(t, "recv_into", args, nargs, kwnames, "self,buffer|nbytes,flags", a) < 0) return VAL_ERROR;
    if (!bytearray_check(a[1]))
        return exc_raise(t, &TypeErrorType, "recv_into() argument 1 must be read-write bytes-like object, not %s",
                         type_name(val_type(a[1])));
    RecvCtx c;
    memset(&c, 0, sizeof c);
    int64_t nbytes = 0;
    if (a[2] != VAL_UNBOUND && arg_ssize(t, a[2], &nbytes) < 0) return VAL_ERROR;
    if (a[3] != VAL_UNBOUND && sock_cint_arg(t, a[3], &c.flags) < 0) return VAL_ERROR;
    if (nbytes < 0) return exc_raise(t, &ValueErrorType, "negative buffersize in recv_into");
    size_t have = BYTEARRAY(a[1])->len;
    if ((size_t)nbytes > have) return exc_raise(t, &ValueErrorType, "buffer too small for requested bytes");
    c.len = nbytes ? (size_t)nbytes : have;
    ssize_t n = recv_some(t, self_sock(args), &c);
    if (n >= 0) {
        /* The bytearray may have shrunk while the lock was released. */
        BytearrayObj *b = BYTEARRAY(a[1]);
        if ((size_t)n > b->len) n = (ssize_t)b->len;
        if (n) memcpy(b->data, c.buf, (size_t)n);
    }
    free(c.buf);
    return n < 0 ? VAL_ERROR : int_from_i64(t, n);
}

/* ---- attributes ----------------------------------------------------- */

static Value socket_get_family(Thread *t, Value self) { (void)t; return val_from_small(SOCK(self)->family); }
static Value socket_get_type(Thread *t, Value self) { (void)t; return val_from_small(SOCK(self)->type); }
static Value socket_get_proto(Thread *t, Value self) { (void)t; return val_from_small(SOCK(self)->proto); }
static Value socket_get_timeout(Thread *t, Value self) { return timeout_value(t, SOCK(self)->timeout); }

static const GetSetDef socket_getset[] = {
    {"family", socket_get_family, NULL},
    {"type", socket_get_type, NULL},
    {"proto", socket_get_proto, NULL},
    {"timeout", socket_get_timeout, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef socket_methods[] = {
    {"_accept", socket_accept, 0},
    {"bind", socket_bind, 0},
    {"close", socket_close, 0},
    {"connect", socket_connect, 0},
    {"connect_ex", socket_connect_ex, 0},
    {"detach", socket_detach, 0},
    {"fileno", socket_fileno, 0},
    {"getblocking", socket_getblocking, 0},
    {"getpeername", socket_getpeername, 0},
    {"getsockname", socket_getsockname, 0},
    {"getsockopt", socket_getsockopt, 0},
    {"gettimeout", socket_gettimeout, 0},
    {"listen", socket_listen, 0},
    {"recv", socket_recv, 0},
    {"recv_into", socket_recv_into, 0},
    {"recvfrom", socket_recvfrom, 0},
    {"send", socket_send, 0},
    {"sendall", socket_sendall, 0},
    {"sendto", socket_sendto, 0},
    {"setblocking", socket_setblocking, 0},
    {"setsockopt", socket_setsockopt, 0},
    {"settimeout", socket_settimeout, 0},
    {"shutdown", socket_shutdown, 0},
    {NULL, NULL, 0},
};

TypeObj SocketType = {
    .base = { .type = &TypeType },
    .name = "_socket.socket",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(SocketObj),
    .finalize = socket_finalize,
    .new_ = socket_new_slot,
    .init = socket_init,
    .methods = socket_methods,
    .getset = socket_getset,
};

/* ------------------------------------------------------------------ */
/* Module functions                                                    */

/* _socketpair(family, type, proto) -> (fd, fd) */
static Value sock_socketpair(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "socketpair", kwnames) < 0 || arg_count(t, "socketpair", nargs, 3, 3) < 0) return VAL_ERROR;
    int family, type, proto, fds[2];
    if (sock_cint_arg(t, args[0], &family) < 0 || sock_cint_arg(t, args[1], &type) < 0
        || sock_cint_arg(t, args[2], &proto) < 0)
        return VAL_ERROR;
    int made = socketpair(family, type | SOCK_CLOEXEC, proto, fds);
    if (made < 0 && collect_for_descriptors(t, errno)) made = socketpair(family, type | SOCK_CLOEXEC, proto, fds);
    if (made < 0) return sock_raise_errno(t, errno);
    Value r = tuple_pack(t, 2, val_from_small(fds[0]), val_from_small(fds[1]));
    if (r == VAL_ERROR) {
        close(fds[0]);
        close(fds[1]);
    }
    return r;
}

static int fd_arg(Thread *t, Value v, int *fd)
{
    int64_t n;
    if (arg_ssize(t, v, &n) < 0) return -1;
    if (n < INT32_MIN || n > INT32_MAX) {
        exc_raise(t, &OverflowErrorType, "Python int too large to convert to C int");
        return -1;
    }
    *fd = (int)n;
    return 0;
}

static Value sock_close(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int fd;
    if (arg_no_kw(t, "close", kwnames) < 0 || arg_count(t, "close", nargs, 1, 1) < 0 || fd_arg(t, args[0], &fd) < 0)
        return VAL_ERROR;
    if (close(fd) < 0 && errno != ECONNRESET) return sock_raise_errno(t, errno);
    return VAL_NONE;
}

static Value sock_dup(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int fd;
    if (arg_no_kw(t, "dup", kwnames) < 0 || arg_count(t, "dup", nargs, 1, 1) < 0 || fd_arg(t, args[0], &fd) < 0)
        return VAL_ERROR;
    int copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return copy < 0 ? sock_raise_errno(t, errno) : val_from_small(copy);
}

static Value sock_getdefaulttimeout(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "getdefaulttimeout", kwnames) < 0 || arg_count(t, "getdefaulttimeout", nargs, 0, 0) < 0)
        return VAL_ERROR;
    return timeout_value(t, default_timeout);
}

static Value sock_setdefaulttimeout(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "setdefaulttimeout", kwnames) < 0 || arg_count(t, "setdefaulttimeout", nargs, 1, 1) < 0)
        return VAL_ERROR;
    double timeout;
    if (timeout_arg(t, args[0], &timeout) < 0) return VAL_ERROR;
    default_timeout = timeout;
    return VAL_NONE;
}

static const MethodDef socket_functions[] = {
    {"_socketpair", sock_socketpair, 0},
    {"close", sock_close, 0},
    {"dup", sock_dup, 0},
    {"getdefaulttimeout", sock_getdefaulttimeout, 0},
    {"setdefaulttimeout", sock_setdefaulttimeout, 0},
    {NULL, NULL, 0},
};

#define C(name) { #name, name }
static const struct { const char *name; long value; } socket_constants[] = {
    C(AF_UNSPEC), C(AF_INET), C(AF_INET6), C(AF_UNIX),
    C(SOCK_STREAM), C(SOCK_DGRAM), C(SOCK_RAW), C(SOCK_SEQPACKET), C(SOCK_NONBLOCK), C(SOCK_CLOEXEC),
    C(SOL_SOCKET), C(SO_REUSEADDR), C(SO_REUSEPORT), C(SO_KEEPALIVE), C(SO_ERROR), C(SO_SNDBUF),
    C(SO_RCVBUF), C(SO_TYPE), C(SO_BROADCAST), C(SO_LINGER), C(SO_ACCEPTCONN), C(SO_DOMAIN),
    C(SO_PROTOCOL), C(SO_RCVLOWAT), C(SO_SNDLOWAT), C(SO_RCVTIMEO), C(SO_SNDTIMEO),
    C(IPPROTO_IP), C(IPPROTO_TCP), C(IPPROTO_UDP), C(IPPROTO_IPV6), C(IPPROTO_ICMP), C(IPPROTO_RAW),
    C(TCP_NODELAY), C(TCP_KEEPIDLE), C(TCP_KEEPINTVL), C(TCP_KEEPCNT), C(IPV6_V6ONLY),
    C(SHUT_RD), C(SHUT_WR), C(SHUT_RDWR),
    C(MSG_PEEK), C(MSG_DONTWAIT), C(MSG_WAITALL), C(MSG_OOB), C(MSG_TRUNC), C(MSG_NOSIGNAL),
    C(AI_PASSIVE), C(AI_CANONNAME), C(AI_NUMERICHOST), C(AI_NUMERICSERV), C(AI_V4MAPPED), C(AI_ALL),
    C(AI_ADDRCONFIG),
    C(NI_NUMERICHOST), C(NI_NUMERICSERV), C(NI_NAMEREQD), C(NI_NOFQDN), C(NI_DGRAM), C(NI_MAXHOST),
    C(NI_MAXSERV),
    C(EAI_AGAIN), C(EAI_BADFLAGS), C(EAI_FAIL), C(EAI_FAMILY), C(EAI_MEMORY), C(EAI_NONAME),
    C(EAI_SERVICE), C(EAI_SOCKTYPE), C(EAI_SYSTEM),
    C(INADDR_ANY), C(INADDR_BROADCAST), C(INADDR_LOOPBACK), C(INADDR_NONE), C(SOMAXCONN),
    { NULL, 0 },
};
#undef C

Value mod_socket_init(Thread *t)
{
    /* As in CPython: writing to a closed pipe or socket raises
     * BrokenPipeError instead of killing the process. */
    signal(SIGPIPE, SIG_IGN);
    static TypeObj *const types[] = { &SocketType, &GaiErrorType, &HErrorType, NULL };
    if (module_init_types(t, types) < 0) return VAL_ERROR;
    StrObj *modname = str_intern(t, "socket");
    if (!modname) return VAL_ERROR;
    GaiErrorType.module = HErrorType.module = val_from_obj(modname);
    Value m = module_new(t, "_socket");
    if (m == VAL_ERROR) return m;
    gc_push_root(t, m);
    Value r = VAL_ERROR;
    if (module_add_functions(t, m, socket_functions) < 0 || module_add_functions(t, m, socket_addr_functions) < 0
        || module_add(t, m, "socket", val_from_obj(&SocketType)) < 0
        || module_add(t, m, "gaierror", val_from_obj(&GaiErrorType)) < 0
        || module_add(t, m, "herror", val_from_obj(&HErrorType)) < 0)
        goto done;
    for (int i = 0; socket_constants[i].name; i++) {
        Value v = int_from_i64(t, socket_constants[i].value);
        if (v == VAL_ERROR || module_add(t, m, socket_constants[i].name, v) < 0) goto done;
    }
    r = m;
done:
    gc_pop_roots(t, 1);
    return r;
}
