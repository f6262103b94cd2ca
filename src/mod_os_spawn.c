/*
 * mod_os_spawn.c -- _os.spawn, which starts a child process for the
 * subprocess module (the job CPython's _posixsubprocess.fork_exec does).
 *
 * Everything the child needs is prepared in the parent as plain C arrays
 * before fork(): after it the child may only make system calls.  The
 * child sets up its descriptors, directory and session, then tries each
 * candidate path of the program in turn (subprocess.as has searched PATH
 * already).  If it cannot exec, it writes what failed and errno to a
 * close-on-exec pipe and exits; the parent, which reads that pipe until
 * it closes, reaps the child and raises the matching OSError
 * ("[Errno 2] No such file or directory: 'nosuch'").  A pipe that closes
 * empty means the exec worked.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "args.h"
#include "exc.h"
#include "gil.h"
#include "mod_os.h"
#include "module.h"
#include "obj_list.h"
#include "obj_str.h"
#include "ops.h"

extern char **environ;

/* What failed in the child, as written to the error pipe. */
enum { FAILED_SETUP, FAILED_CHDIR, FAILED_EXEC };
typedef struct { int stage, err; } ChildFailure;

typedef struct {
    char **argv, **envp, **paths;   /* NULL-terminated; envp NULL: inherit */
    const char *cwd;                /* or NULL */
    int fds[3];                     /* the child's 0, 1, 2, or -1 to inherit */
    bool close_fds, new_session;
    int *keep;                      /* with close_fds: the fds >= 3 kept, sorted */
    int nkeep, npass;               /* keep holds the npass pass_fds too */
} ChildPlan;

/* Makes fd the child's descriptor `target`; an fd already there only
 * loses its close-on-exec flag. */
static int move_fd(int fd, int target)
{
    if (fd < 0) return 0;
    if (fd == target) return fcntl(fd, F_SETFD, 0);
    return dup2(fd, target) < 0 ? -1 : 0;
}

static void close_from(int low, int high)   /* low <= fd <= high */
{
    if (low > high) return;
    if (syscall(SYS_close_range, (unsigned)low, (unsigned)high, 0) == 0) return;
    long max = sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536) max = 65536;
    for (long fd = low; fd <= high && fd < max; fd++) close((int)fd);
}

static _Noreturn void child_exec(const ChildPlan *p, int errpipe)
{
    ChildFailure failure = { FAILED_SETUP, 0 };
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    signal(SIGPIPE, SIG_DFL);
    signal(SIGXFSZ, SIG_DFL);
    if (p->new_session && setsid() < 0) goto fail;

    /* A source among 0..2 could be overwritten by an earlier dup2. */
    int in = p->fds[0], out = p->fds[1], err = p->fds[2];
    if (out == 0) out = dup(out);
    while (err == 0 || err == 1) err = dup(err);
    if (move_fd(in, 0) < 0 || move_fd(out, 1) < 0 || move_fd(err, 2) < 0) goto fail;

    if (p->cwd && chdir(p->cwd) < 0) {
        failure.stage = FAILED_CHDIR;
        goto fail;
    }
    if (p->close_fds) {
        int low = 3;
        for (int i = 0; i < p->nkeep; i++) {
            close_from(low, p->keep[i] - 1);
            if (p->keep[i] + 1 > low) low = p->keep[i] + 1;
        }
        close_from(low, INT32_MAX);
    }
    for (int i = 0; i < p->nkeep; i++)
        if (p->keep[i] != errpipe) fcntl(p->keep[i], F_SETFD, 0);

    /* Like execvpe: a later candidate may work; report the first error
     * that is not "not there". */
    int saved = 0;
    for (char **path = p->paths; *path; path++) {
        execve(*path, p->argv, p->envp ? p->envp : environ);
        if (errno != ENOENT && errno != ENOTDIR && saved == 0) saved = errno;
    }
    failure.stage = FAILED_EXEC;
    if (saved) errno = saved;
fail:
    failure.err = errno;
    ssize_t ignored = write(errpipe, &failure, sizeof failure);
    (void)ignored;
    _exit(255);
}

/* A list of str as a NULL-terminated array of their UTF-8 texts (owned
 * by the strs, which the caller's arguments keep alive). */
static char **c_strings(Thread *t, const char *what, Value list)
{
    if (!list_check(list)) {
        exc_raise(t, &TypeErrorType, "spawn: %s must be a list", what);
        return NULL;
    }
    size_t n = LIST(list)->len;
    char **out = calloc(n + 1, sizeof *out);
    if (!out) {
        exc_no_memory(t);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        Value s = LIST(list)->items[i];
        if (!str_check(s)) {
            free(out);
            exc_raise(t, &TypeErrorType, "expected str, bytes or os.PathLike object, not %T", s);
            return NULL;
        }
        if (strlen(STR(s)->data) != STR(s)->len) {
            free(out);
            exc_raise(t, &ValueErrorType, "embedded null byte");
            return NULL;
        }
        out[i] = STR(s)->data;
    }
    return out;
}

static int keep_fds(Thread *t, ChildPlan *p, Value pass_fds, int errpipe)
{
    size_t n = list_check(pass_fds) ? LIST(pass_fds)->len : 0;
    p->keep = malloc((n + 1) * sizeof *p->keep);
    if (!p->keep) {
        exc_no_memory(t);
        return -1;
    }
    p->nkeep = 0;
    for (size_t i = 0; i <= n; i++) {
        int fd = errpipe;
        if (i < n && os_fd_arg(t, LIST(pass_fds)->items[i], &fd) < 0) return -1;
        int j = p->nkeep++;
        for (; j > 0 && p->keep[j - 1] > fd; j--) p->keep[j] = p->keep[j - 1];
        p->keep[j] = fd;
    }
    return 0;
}

/* Reads the child's report until the pipe closes at its exec or exit. */
static ssize_t read_failure(Thread *t, int fd, ChildFailure *failure)
{
    size_t got = 0;
    while (got < sizeof *failure) {
        gil_release(t);
        ssize_t n = read(fd, (char *)failure + got, sizeof *failure - got);
        gil_acquire(t);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += (size_t)n;
    }
    return (ssize_t)got;
}

static void reap(Thread *t, pid_t pid)
{
    int status;
    gil_release(t);
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    gil_acquire(t);
}

/* spawn(args, executables, cwd, env, stdin, stdout, stderr, close_fds,
 *       pass_fds, start_new_session, filename) -> pid
 * args, executables (candidate paths) and env ("K=V", or None to
 * inherit) are lists of str; stdin..stderr the child's 0..2 or -1;
 * filename names the program in an exec error. */
static Value os_spawn(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[11];
    if (arg_parse(t, "spawn", args, nargs, kwnames,
                  "args,executables,cwd,env,stdin,stdout,stderr,close_fds,pass_fds,start_new_session,filename",
                  a) < 0)
        return VAL_ERROR;
    ChildPlan plan = { 0 };
    Value r = VAL_ERROR;
    int errpipe[2] = { -1, -1 };
    for (int i = 0; i < 3; i++)
        if (os_fd_arg(t, a[4 + i], &plan.fds[i]) < 0) return VAL_ERROR;
    int close_fds = op_truth(t, a[7]), new_session = op_truth(t, a[9]);
    if (close_fds < 0 || new_session < 0) return VAL_ERROR;
    plan.close_fds = close_fds;
    plan.new_session = new_session;
    if (a[2] != VAL_NONE) {
        if (!str_check(a[2])) return exc_raise(t, &TypeErrorType, "spawn: cwd must be a str");
        plan.cwd = STR(a[2])->data;
    }
    if (!(plan.argv = c_strings(t, "args", a[0])) || !(plan.paths = c_strings(t, "executables", a[1])))
        goto done;
    if (a[3] != VAL_NONE && !(plan.envp = c_strings(t, "env", a[3]))) goto done;
    if (pipe2(errpipe, O_CLOEXEC) < 0) {
        exc_raise_oserror(t, errno, VAL_UNBOUND);
        goto done;
    }
    if (keep_fds(t, &plan, a[8], errpipe[1]) < 0) goto done;

    pid_t pid = fork();
    if (pid == 0) child_exec(&plan, errpipe[1]);
    if (pid < 0) {
        exc_raise_oserror(t, errno, VAL_UNBOUND);
        goto done;
    }
    close(errpipe[1]);
    errpipe[1] = -1;
    ChildFailure failure;
    if (read_failure(t, errpipe[0], &failure) != sizeof failure) {
        r = val_from_small(pid);
        goto done;
    }
    reap(t, pid);
    if (failure.stage == FAILED_SETUP) exc_raise_oserror(t, failure.err, VAL_UNBOUND);
    else exc_raise_oserror(t, failure.err, failure.stage == FAILED_CHDIR ? a[2] : a[10]);
done:
    for (int i = 0; i < 2; i++)
        if (errpipe[i] >= 0) close(errpipe[i]);
    free(plan.argv);
    free(plan.paths);
    free(plan.envp);
    free(plan.keep);
    return r;
}

static const MethodDef spawn_functions[] = {
    {"spawn", os_spawn, 0},
    {NULL, NULL, 0},
};

int os_add_spawn(Thread *t, Value module)
{
    return module_add_functions(t, module, spawn_functions);
}
