/*
 * socket_addr.h -- what src/mod_socket.c and src/socket_addr.c share:
 * socket addresses between their Python forms and sockaddr, and the
 * address functions of the _socket module.
 */
#ifndef ASTER_SOCKET_ADDR_H
#define ASTER_SOCKET_ADDR_H

#include <sys/socket.h>
#include "exc.h"
#include "object.h"

/* Room for an address of any family the module knows. */
typedef struct {
    struct sockaddr_storage ss;
    socklen_t len;
} SockAddr;

/* Raises the OSError subclass of errno err (no file name). */
static inline Value sock_raise_errno(Thread *t, int err) { return exc_raise_oserror(t, err, VAL_UNBOUND); }

/* A C int argument (through __index__): OverflowError beyond its range.
 * Returns 0, or -1 raised. */
int sock_cint_arg(Thread *t, Value v, int *out);

/* Parses the address v for a socket of `family` (CPython's
 * getsockaddrarg), resolving host names; caller names the method in the
 * messages.  Returns 0, or -1 raised.  May collect; lets go of the lock
 * while resolving. */
int sock_addr_arg(Thread *t, const char *caller, int family, Value v, SockAddr *out);

/* The Python form of an address (CPython's makesockaddr): a tuple for
 * AF_INET and AF_INET6, a str (bytes for an abstract name) for AF_UNIX,
 * None when len is 0.  May collect. */
Value sock_addr_value(Thread *t, const struct sockaddr *sa, socklen_t len);

/* gethostname, getaddrinfo, getnameinfo, inet_*, htons, ... */
extern const MethodDef socket_addr_functions[];

#endif
