/*
 * socket_addr.c -- socket addresses and name resolution for _socket
 * (src/mod_socket.c): the Python forms of addresses to sockaddr and
 * back, and the module functions that resolve or convert addresses
 * (getaddrinfo, getnameinfo, gethostbyname, inet_*, htons, ...).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/un.h>
#include <unistd.h>

#include "args.h"
#include "exc.h"
#include "fsname.h"
#include "gc.h"
#include "gil.h"
#include "interp.h"
#include "module.h"
#include "obj_bytearray.h"
#include "obj_bytes.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "socket_addr.h"

/* socket.gaierror(code, message) from a getaddrinfo failure. */
static Value raise_gaierror(Thread *t, int code)
{
    if (code == EAI_SYSTEM) return sock_raise_errno(t, errno);
    Value args[2] = { val_from_small(code), VAL_NONE };
    args[1] = str_from_cstr(t, gai_strerror(code));
    if (args[1] == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, args[1]);
    Value e = exc_new(t, &GaiErrorType, args, 2);
    gc_pop_roots(t, 1);
    return e == VAL_ERROR ? e : exc_raise_obj(t, e);
}

int sock_cint_arg(Thread *t, Value v, int *out)
{
    int64_t i;
    if (arg_ssize(t, v, &i) < 0) return -1;
    if (i < INT32_MIN || i > INT32_MAX) {
        exc_raise(t, &OverflowErrorType, "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)i;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Addresses                                                           */

/* Copies a host argument (str, bytes or bytearray) into buf. */
static int host_arg(Thread *t, Value v, char *buf, size_t size)
{
    const char *data;
    size_t len;
    if (str_check(v)) {
        data = STR(v)->data;
        len = STR(v)->len;
    } else if (!bytes_like(v, (const unsigned char **)&data, &len)) {
        exc_raise(t, &TypeErrorType, "str, bytes or bytearray expected, not %s", type_name(val_type(v)));
        return -1;
    }
    if (memchr(data, 0, len)) {
        exc_raise(t, &ValueErrorType, "embedded null character in hostname");
        return -1;
    }
    if (len >= size) {
        exc_raise(t, &ValueErrorType, "host name must not be longer than 1024 characters");
        return -1;
    }
    memcpy(buf, data, len);
    buf[len] = 0;
    return 0;
}

/* Resolves a host name for `family` into out (CPython's setipaddr): ''
 * is the wildcard address, '<broadcast>' the broadcast address, numbers
 * are parsed, anything else goes to getaddrinfo. */
static int resolve_host(Thread *t, const char *name, int family, SockAddr *out)
{
    memset(out, 0, sizeof *out);
    struct sockaddr_in *in4 = (struct sockaddr_in *)&out->ss;
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&out->ss;
    if (!strcmp(name, "<broadcast>") || !strcmp(name, "255.255.255.255")) {
        if (family != AF_INET && family != AF_UNSPEC) {
            exc_raise(t, &OSErrorType, "address family mismatched");
            return -1;
        }
        in4->sin_family = AF_INET;
        in4->sin_addr.s_addr = htonl(INADDR_BROADCAST);
        out->len = sizeof *in4;
        return 0;
    }
    if (family != AF_INET6 && inet_pton(AF_INET, name, &in4->sin_addr) == 1) {
        in4->sin_family = AF_INET;
        out->len = sizeof *in4;
        return 0;
    }
    if (family != AF_INET && inet_pton(AF_INET6, name, &in6->sin6_addr) == 1) {
        in6->sin6_family = AF_INET6;
        out->len = sizeof *in6;
        return 0;
    }
    struct addrinfo hints = { .ai_family = family }, *res;
    if (!*name) {
        hints.ai_socktype = SOCK_DGRAM;
        hints.ai_flags = AI_PASSIVE;
    }
    gil_release(t);
    int rc = getaddrinfo(*name ? name : NULL, *name ? NULL : "0", &hints, &res);
    gil_acquire(t);
    if (rc) {
        raise_gaierror(t, rc);
        return -1;
    }
    size_t len = res->ai_addrlen < sizeof out->ss ? res->ai_addrlen : sizeof out->ss;
    memcpy(&out->ss, res->ai_addr, len);
    out->len = (socklen_t)len;
    freeaddrinfo(res);
    return 0;
}

static int port_arg(Thread *t, const char *caller, Value v, uint16_t *port)
{
    int64_t p;
    if (arg_ssize(t, v, &p) < 0) return -1;
    if (p < 0 || p > 65535) {
        exc_raise(t, &OverflowErrorType, "%s(): port must be 0-65535.", caller);
        return -1;
    }
    *port = (uint16_t)p;
    return 0;
}

static int inet_addr_arg(Thread *t, const char *caller, Value v, SockAddr *out)
{
    if (!tuple_check(v)) {
        exc_raise(t, &TypeErrorType, "%s(): AF_INET address must be tuple, not %s", caller, type_name(val_type(v)));
        return -1;
    }
    TupleObj *a = TUPLE(v);
    if (a->len != 2) {
        exc_raise(t, &TypeErrorType, "AF_INET address must be a pair (host, port)");
        return -1;
    }
    char host[1025];
    uint16_t port;
    if (host_arg(t, a->items[0], host, sizeof host) < 0 || port_arg(t, caller, a->items[1], &port) < 0
        || resolve_host(t, host, AF_INET, out) < 0)
        return -1;
    ((struct sockaddr_in *)&out->ss)->sin_port = htons(port);
    return 0;
}

static int inet6_addr_arg(Thread *t, const char *caller, Value v, SockAddr *out)
{
    if (!tuple_check(v)) {
        exc_raise(t, &TypeErrorType, "%s(): AF_INET6 address must be tuple, not %s", caller, type_name(val_type(v)));
        return -1;
    }
    TupleObj *a = TUPLE(v);
    if (a->len < 2 || a->len > 4) {
        exc_raise(t, &TypeErrorType, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        return -1;
    }
    char host[1025];
    uint16_t port;
    int64_t flowinfo = 0, scope_id = 0;
    if (host_arg(t, a->items[0], host, sizeof host) < 0 || port_arg(t, caller, a->items[1], &port) < 0)
        return -1;
    if (a->len > 2 && arg_ssize(t, a->items[2], &flowinfo) < 0) return -1;
    if (a->len > 3 && arg_ssize(t, a->items[3], &scope_id) < 0) return -1;
    if (flowinfo < 0 || flowinfo > 0xfffff) {
        exc_raise(t, &OverflowErrorType, "%s(): flowinfo must be 0-1048575.", caller);
        return -1;
    }
    if (scope_id < 0 || scope_id > UINT32_MAX) {
        exc_raise(t, &OverflowErrorType, "Python int too large to convert to C unsigned long");
        return -1;
    }
    if (resolve_host(t, host, AF_INET6, out) < 0) return -1;
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&out->ss;
    in6->sin6_port = htons(port);
    in6->sin6_flowinfo = htonl((uint32_t)flowinfo);
    in6->sin6_scope_id = (uint32_t)scope_id;
    return 0;
}

/* A path (str, bytes or bytearray); one starting with a NUL byte names
 * an abstract socket and keeps its exact length. */
static int unix_addr_arg(Thread *t, Value v, SockAddr *out)
{
    const unsigned char *data;
    size_t len;
    if (str_check(v)) {
        const char *path;
        Value keep = fsname_encode(t, v, &path);
        if (keep == VAL_ERROR) return -1;
        data = (const unsigned char *)path;
        len = keep == v ? STR(v)->len : BYTES(keep)->len;
    } else if (!bytes_like(v, &data, &len)) {
        exc_raise(t, &TypeErrorType, "a bytes-like object is required, not '%s'", type_name(val_type(v)));
        return -1;
    }
    struct sockaddr_un *un = (struct sockaddr_un *)&out->ss;
    memset(out, 0, sizeof *out);
    if (len >= sizeof un->sun_path + (len && data[0] == 0)) {
        exc_raise(t, &OSErrorType, "AF_UNIX path too long");
        return -1;
    }
    un->sun_family = AF_UNIX;
    memcpy(un->sun_path, data, len);
    out->len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len + (len && data[0] != 0));
    return 0;
}

/* An address argument for a socket of `family` (CPython's getsockaddrarg). */
int sock_addr_arg(Thread *t, const char *caller, int family, Value v, SockAddr *out)
{
    switch (family) {
    case AF_INET: return inet_addr_arg(t, caller, v, out);
    case AF_INET6: return inet6_addr_arg(t, caller, v, out);
    case AF_UNIX: return unix_addr_arg(t, v, out);
    default:
        exc_raise(t, &OSErrorType, "%s(): bad family", caller);
        return -1;
    }
}

/* The Python form of an address (CPython's makesockaddr). */
Value sock_addr_value(Thread *t, const struct sockaddr *sa, socklen_t len)
{
    if (len == 0) return VAL_NONE;
    char host[INET6_ADDRSTRLEN];
    switch (sa->sa_family) {
    case AF_INET: {
        const struct sockaddr_in *in4 = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &in4->sin_addr, host, sizeof host);
        Value h = str_from_cstr(t, host);
        if (h == VAL_ERROR) return h;
        gc_push_root(t, h);
        Value r = tuple_pack(t, 2, h, val_from_small(ntohs(in4->sin_port)));
        gc_pop_roots(t, 1);
        return r;
    }
    case AF_INET6: {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
        Value h = str_from_cstr(t, host);
        if (h == VAL_ERROR) return h;
        gc_push_root(t, h);
        Value r = tuple_pack(t, 4, h, val_from_small(ntohs(in6->sin6_port)),
                             val_from_small(ntohl(in6->sin6_flowinfo)), val_from_small(in6->sin6_scope_id));
        gc_pop_roots(t, 1);
        return r;
    }
    case AF_UNIX: {
        const struct sockaddr_un *un = (const struct sockaddr_un *)sa;
        size_t off = offsetof(struct sockaddr_un, sun_path);
        if (len <= off) return str_new(t, "", 0);
        size_t n = len - off;
        if (un->sun_path[0] == 0) return bytes_new(t, un->sun_path, n);
        return fsname_decode(t, un->sun_path, strnlen(un->sun_path, n));
    }
    default: {
        /* A family this module does not know: (family, b''). */
        Value empty = bytes_new(t, "", 0);
        if (empty == VAL_ERROR) return empty;
        gc_push_root(t, empty);
        Value r = tuple_pack(t, 2, val_from_small(sa->sa_family), empty);
        gc_pop_roots(t, 1);
        return r;
    }
    }
}

/* ------------------------------------------------------------------ */
/* Module functions                                                    */

static Value sock_gethostname(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "gethostname", kwnames) < 0 || arg_count(t, "gethostname", nargs, 0, 0) < 0)
        return VAL_ERROR;
    char name[1025];
    if (gethostname(name, sizeof name) < 0) return sock_raise_errno(t, errno);
    name[sizeof name - 1] = 0;
    return fsname_decode(t, name, strlen(name));
}

static Value sock_gethostbyname(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "gethostbyname", kwnames) < 0 || arg_count(t, "gethostbyname", nargs, 1, 1) < 0)
        return VAL_ERROR;
    if (!str_check(args[0]))
        return exc_raise(t, &TypeErrorType, "gethostbyname() argument 1 must be str, not %s",
                         type_name(val_type(args[0])));
    char host[1025];
    SockAddr addr;
    if (host_arg(t, args[0], host, sizeof host) < 0 || resolve_host(t, host, AF_INET, &addr) < 0) return VAL_ERROR;
    char text[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &((struct sockaddr_in *)&addr.ss)->sin_addr, text, sizeof text);
    return str_from_cstr(t, text);
}

/* The host or port of getaddrinfo as a C string in buf, or NULL for None. */
static int gai_host_arg(Thread *t, Value v, char *buf, size_t size, const char **out)
{
    *out = NULL;
    if (v == VAL_NONE) return 0;
    if (!str_check(v) && !bytes_check(v)) {
        exc_raise(t, &TypeErrorType, "getaddrinfo() argument 1 must be string or None");
        return -1;
    }
    if (host_arg(t, v, buf, size) < 0) return -1;
    *out = buf;
    return 0;
}

static int gai_port_arg(Thread *t, Value v, char *buf, size_t size, const char **out)
{
    *out = NULL;
    if (v == VAL_NONE) return 0;
    if (int_check(v)) {
        int64_t p;
        if (int_as_i64(t, v, &p) < 0) return -1;
        snprintf(buf, size, "%lld", (long long)p);
    } else if (str_check(v) || bytes_check(v)) {
        if (host_arg(t, v, buf, size) < 0) return -1;
    } else {
        exc_raise(t, &OSErrorType, "Int or String expected");
        return -1;
    }
    *out = buf;
    return 0;
}

/* getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) -> a list
 * of (family, type, proto, canonname, sockaddr), with plain ints (the
 * wrapper makes the enums). */
static Value sock_getaddrinfo(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[6];
    if (arg_parse(t, "getaddrinfo", args, nargs, kwnames, "host,port|family,type,proto,flags", a) < 0)
        return VAL_ERROR;
    char hostbuf[1025], portbuf[64];
    const char *host, *port;
    if (gai_host_arg(t, a[0], hostbuf, sizeof hostbuf, &host) < 0
        || gai_port_arg(t, a[1], portbuf, sizeof portbuf, &port) < 0)
        return VAL_ERROR;
    int ints[4] = {0, 0, 0, 0};
    for (int i = 0; i < 4; i++)
        if (a[2 + i] != VAL_UNBOUND && sock_cint_arg(t, a[2 + i], &ints[i]) < 0) return VAL_ERROR;
    struct addrinfo hints = { .ai_family = ints[0], .ai_socktype = ints[1], .ai_protocol = ints[2],
                              .ai_flags = ints[3] }, *res;
    gil_release(t);
    int rc = getaddrinfo(host, port, &hints, &res);
    gil_acquire(t);
    if (rc) return raise_gaierror(t, rc);
    uint32_t mark = gc_root_mark(t);
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) goto fail;
    gc_push_root(t, list);
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        Value canon = str_from_cstr(t, ai->ai_canonname ? ai->ai_canonname : "");
        if (canon == VAL_ERROR) goto fail;
        gc_push_root(t, canon);
        Value addr = sock_addr_value(t, ai->ai_addr, ai->ai_addrlen);
        if (addr == VAL_ERROR) goto fail;
        gc_push_root(t, addr);
        Value item = tuple_pack(t, 5, val_from_small(ai->ai_family), val_from_small(ai->ai_socktype),
                                val_from_small(ai->ai_protocol), canon, addr);
        if (item == VAL_ERROR) goto fail;
        gc_push_root(t, item);
        if (list_append(t, list, item) < 0) goto fail;
        gc_pop_roots(t, 3);
    }
    freeaddrinfo(res);
    gc_root_reset(t, mark);
    return list;
fail:
    freeaddrinfo(res);
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

/* getnameinfo((host, port[, flowinfo, scope_id]), flags) -> (host, port) */
static Value sock_getnameinfo(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "getnameinfo", kwnames) < 0 || arg_count(t, "getnameinfo", nargs, 2, 2) < 0) return VAL_ERROR;
    if (!tuple_check(args[0])) return exc_raise(t, &TypeErrorType, "getnameinfo() argument 1 must be a tuple");
    TupleObj *sa = TUPLE(args[0]);
    int flags;
    if (sock_cint_arg(t, args[1], &flags) < 0) return VAL_ERROR;
    if (sa->len < 2 || sa->len > 4 || !str_check(sa->items[0]) || !int_check(sa->items[1]))
        return exc_raise(t, &TypeErrorType, "getnameinfo(): illegal sockaddr argument");
    char host[1025], serv[32];
    int64_t port, flowinfo = 0, scope_id = 0;
    if (host_arg(t, sa->items[0], host, sizeof host) < 0 || arg_ssize(t, sa->items[1], &port) < 0
        || (sa->len > 2 && arg_ssize(t, sa->items[2], &flowinfo) < 0)
        || (sa->len > 3 && arg_ssize(t, sa->items[3], &scope_id) < 0))
        return VAL_ERROR;
    if (flowinfo < 0 || flowinfo > 0xfffff)
        return exc_raise(t, &OverflowErrorType, "getnameinfo(): flowinfo must be 0-1048575.");
    snprintf(serv, sizeof serv, "%lld", (long long)port);
    struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_DGRAM, .ai_flags = AI_NUMERICHOST },
                    *res;
    gil_release(t);
    int rc = getaddrinfo(host, serv, &hints, &res);
    gil_acquire(t);
    if (rc) return raise_gaierror(t, rc);
    if (res->ai_next) {
        freeaddrinfo(res);
        return exc_raise(t, &OSErrorType, "sockaddr resolved to multiple addresses");
    }
    SockAddr addr;
    memcpy(&addr.ss, res->ai_addr, res->ai_addrlen);
    addr.len = res->ai_addrlen;
    freeaddrinfo(res);
    if (addr.ss.ss_family == AF_INET && sa->len != 2)
        return exc_raise(t, &OSErrorType, "IPv4 sockaddr must be 2 tuple");
    if (addr.ss.ss_family == AF_INET6) {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&addr.ss;
        in6->sin6_flowinfo = htonl((uint32_t)flowinfo);
        in6->sin6_scope_id = (uint32_t)scope_id;
    }
    char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
    gil_release(t);
    rc = getnameinfo((struct sockaddr *)&addr.ss, addr.len, hbuf, sizeof hbuf, sbuf, sizeof sbuf, flags);
    gil_acquire(t);
    if (rc) return raise_gaierror(t, rc);
    Value h = str_from_cstr(t, hbuf);
    if (h == VAL_ERROR) return h;
    gc_push_root(t, h);
    Value s = str_from_cstr(t, sbuf);
    Value r = VAL_ERROR;
    if (s != VAL_ERROR) {
        gc_push_root(t, s);
        r = tuple_pack(t, 2, h, s);
        gc_pop_roots(t, 1);
    }
    gc_pop_roots(t, 1);
    return r;
}

static Value sock_inet_aton(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "inet_aton", kwnames) < 0 || arg_count(t, "inet_aton", nargs, 1, 1) < 0) return VAL_ERROR;
    if (!str_check(args[0]))
        return exc_raise(t, &TypeErrorType, "inet_aton() argument 1 must be str, not %s", type_name(val_type(args[0])));
    struct in_addr in;
    if (!inet_aton(STR(args[0])->data, &in))
        return exc_raise(t, &OSErrorType, "illegal IP address string passed to inet_aton");
    return bytes_new(t, &in, sizeof in);
}

static Value sock_inet_ntoa(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "inet_ntoa", kwnames) < 0 || arg_count(t, "inet_ntoa", nargs, 1, 1) < 0) return VAL_ERROR;
    const unsigned char *data;
    size_t len;
    if (!bytes_like(args[0], &data, &len))
        return exc_raise(t, &TypeErrorType, "a bytes-like object is required, not '%s'", type_name(val_type(args[0])));
    if (len != 4) return exc_raise(t, &OSErrorType, "packed IP wrong length for inet_ntoa");
    char text[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, data, text, sizeof text);
    return str_from_cstr(t, text);
}

static Value sock_inet_pton(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "inet_pton", kwnames) < 0 || arg_count(t, "inet_pton", nargs, 2, 2) < 0) return VAL_ERROR;
    int af;
    if (sock_cint_arg(t, args[0], &af) < 0) return VAL_ERROR;
    if (!str_check(args[1]))
        return exc_raise(t, &TypeErrorType, "inet_pton() argument 2 must be str, not %s", type_name(val_type(args[1])));
    unsigned char buf[sizeof(struct in6_addr)];
    int r = inet_pton(af, STR(args[1])->data, buf);
    if (r < 0) return sock_raise_errno(t, errno);
    if (r == 0) return exc_raise(t, &OSErrorType, "illegal IP address string passed to inet_pton");
    return bytes_new(t, buf, af == AF_INET ? 4 : 16);
}

static Value sock_inet_ntop(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "inet_ntop", kwnames) < 0 || arg_count(t, "inet_ntop", nargs, 2, 2) < 0) return VAL_ERROR;
    int af;
    if (sock_cint_arg(t, args[0], &af) < 0) return VAL_ERROR;
    const unsigned char *data;
    size_t len;
    if (!bytes_like(args[1], &data, &len))
        return exc_raise(t, &TypeErrorType, "a bytes-like object is required, not '%s'", type_name(val_type(args[1])));
    if (af != AF_INET && af != AF_INET6) return exc_raise(t, &ValueErrorType, "unknown address family %d", af);
    if (len != (af == AF_INET ? 4u : 16u))
        return exc_raise(t, &ValueErrorType, "invalid length of packed IP address string");
    char text[INET6_ADDRSTRLEN];
    if (!inet_ntop(af, data, text, sizeof text)) return sock_raise_errno(t, errno);
    return str_from_cstr(t, text);
}

/* htons and friends (both directions swap the same way): bits is 16 or 32. */
static Value byte_order(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *fname, int bits)
{
    if (arg_no_kw(t, fname, kwnames) < 0 || arg_count(t, fname, nargs, 1, 1) < 0) return VAL_ERROR;
    if (!int_check(args[0]))
        return exc_raise(t, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                         type_name(val_type(args[0])));
    int64_t v;
    bool too_big = int_as_i64(t, args[0], &v) < 0;
    if (too_big) exc_clear(t);
    if (bits == 16) {
        if (!too_big && v < 0)
            return exc_raise(t, &OverflowErrorType, "%s: can't convert negative Python int to C 16-bit unsigned integer",
                             fname);
        if (too_big || v > 0xffff)
            return exc_raise(t, &OverflowErrorType, "%s: Python int too large to convert to C 16-bit unsigned integer",
                             fname);
        return val_from_small(ntohs((uint16_t)v));
    }
    if (!too_big && v < 0) return exc_raise(t, &OverflowErrorType, "can't convert negative value to unsigned int");
    if (too_big || v > 0xffffffffLL) return exc_raise(t, &OverflowErrorType, "int larger than 32 bits");
    return int_from_i64(t, ntohl((uint32_t)v));
}

static Value sock_htons(Thread *t, Value *a, int n, TupleObj *kw) { return byte_order(t, a, n, kw, "htons", 16); }
static Value sock_ntohs(Thread *t, Value *a, int n, TupleObj *kw) { return byte_order(t, a, n, kw, "ntohs", 16); }
static Value sock_htonl(Thread *t, Value *a, int n, TupleObj *kw) { return byte_order(t, a, n, kw, "htonl", 32); }
static Value sock_ntohl(Thread *t, Value *a, int n, TupleObj *kw) { return byte_order(t, a, n, kw, "ntohl", 32); }

const MethodDef socket_addr_functions[] = {
    {"gethostname", sock_gethostname, 0},
    {"gethostbyname", sock_gethostbyname, 0},
    {"getaddrinfo", sock_getaddrinfo, 0},
    {"getnameinfo", sock_getnameinfo, 0},
    {"inet_aton", sock_inet_aton, 0},
    {"inet_ntoa", sock_inet_ntoa, 0},
    {"inet_pton", sock_inet_pton, 0},
    {"inet_ntop", sock_inet_ntop, 0},
    {"htons", sock_htons, 0},
    {"ntohs", sock_ntohs, 0},
    {"htonl", sock_htonl, 0},
    {"ntohl", sock_ntohl, 0},
    {NULL, NULL, 0},
};
