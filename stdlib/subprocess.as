"""Running child processes: Popen, and run/call/check_call/check_output
on top of it.  The child is started by _os.spawn (fork and exec, with
exec errors raised here as OSError); communicate() multiplexes the pipes
with select.poll.  Timeouts are measured on the real monotonic clock,
also under --virtual-time, since the child runs in real time."""

import os
import signal
import _os
import _select
from select import poll as _poll, POLLIN, POLLOUT, POLLERR, POLLHUP, POLLNVAL

__all__ = ['Popen', 'PIPE', 'STDOUT', 'DEVNULL', 'call', 'check_call', 'check_output',
           'getstatusoutput', 'getoutput', 'run', 'CompletedProcess', 'SubprocessError',
           'CalledProcessError', 'TimeoutExpired']

PIPE = -1
STDOUT = -2
DEVNULL = -3

_PIPE_BUF = 512
_READ_SIZE = 32768


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised by check_call, check_output and run(check=True) when the
    process exits with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when a timeout passes before the child process ends."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode, and the captured stdout and
    stderr (None when not captured)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _now():
    return _select.clock()


def call(*popenargs, timeout=None, **kwargs):
    """Runs the command and returns its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Runs the command; raises CalledProcessError unless it exits with 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs the command and returns its output; raises CalledProcessError
    unless it exits with 0."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        text = (kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding')
                or kwargs.get('errors'))
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs the command, waits for it, and returns a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of running cmd in the shell, stderr included,
    without the final newline."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of running cmd in the shell, as getstatusoutput."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _fs_str(value):
    if isinstance(value, bytes):
        return os.fsdecode(value)
    return os.fspath(value)


def _program_paths(executable, env):
    """The paths to try for executable: itself if it names a directory,
    else one per directory of PATH."""
    if os.path.dirname(executable):
        return [executable]
    return [os.path.join(d, executable) for d in os.get_exec_path(env)]


class Popen:
    """A child process.  Its stdin, stdout and stderr attributes are file
    objects for the streams given as PIPE, else None."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None,
                 start_new_session=False, pass_fds=(), *, encoding=None, errors=None, text=None):
        self._communication_started = False
        self._input = None
        self._input_offset = 0
        self._output = {}
        self.args = args
        self.returncode = None
        self.pid = None
        self.stdin = self.stdout = self.stderr = None
        if pass_fds and not close_fds:
            close_fds = True
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied '
                                  'but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        self._devnull = None
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = self._get_handles(stdin, stdout, stderr)
        try:
            self._execute_child(args, executable, close_fds, pass_fds, cwd, env, shell, start_new_session,
                                p2cread, c2pwrite, errwrite)
        except:
            for fd in (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite):
                if fd != -1 and fd not in (stdin, stdout, stderr) and fd > 2:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            raise
        finally:
            if self._devnull is not None:
                os.close(self._devnull)
        # The child's ends of the pipes belong to it now.
        for child_end, parent_end in ((p2cread, p2cwrite), (c2pwrite, c2pread), (errwrite, errread)):
            if child_end != -1 and parent_end != -1:
                os.close(child_end)
        file_args = {}
        if self.text_mode:
            file_args = {'encoding': encoding or 'utf-8', 'errors': errors or 'strict'}
        if p2cwrite != -1:
            self.stdin = open(p2cwrite, 'w' if self.text_mode else 'wb', **file_args)
        if c2pread != -1:
            self.stdout = open(c2pread, 'r' if self.text_mode else 'rb', **file_args)
        if errread != -1:
            self.stderr = open(errread, 'r' if self.text_mode else 'rb', **file_args)

    def __repr__(self):
        r = f"<{type(self).__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(r) > 80:
            r = r[:76] + "...>"
        return r

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def _get_devnull(self):
        if self._devnull is None:
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    def _child_fd(self, stream):
        """The fd the child gets for a stream that is not PIPE or STDOUT."""
        if stream is None:
            return -1
        if isinstance(stream, int):
            return self._get_devnull() if stream == DEVNULL else stream
        return stream.fileno()

    def _get_handles(self, stdin, stdout, stderr):
        p2cread = p2cwrite = c2pread = c2pwrite = errread = errwrite = -1
        if isinstance(stdin, int) and stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
        else:
            p2cread = self._child_fd(stdin)
        if isinstance(stdout, int) and stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
        else:
            c2pwrite = self._child_fd(stdout)
        if isinstance(stderr, int) and stderr == PIPE:
            errread, errwrite = os.pipe()
        elif isinstance(stderr, int) and stderr == STDOUT:
            errwrite = c2pwrite if c2pwrite != -1 else 1
        else:
            errwrite = self._child_fd(stderr)
        return p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite

    def _execute_child(self, args, executable, close_fds, pass_fds, cwd, env, shell, start_new_session,
                       p2cread, c2pwrite, errwrite):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ['/bin/sh', '-c'] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        args = [_fs_str(a) for a in args]
        executable = _fs_str(executable)
        env_list = None
        if env is not None:
            env_list = []
            for k, v in env.items():
                k = _fs_str(k)
                if '=' in k:
                    raise ValueError('illegal environment variable name')
                env_list.append(k + '=' + _fs_str(v))
        if cwd is not None:
            cwd = _fs_str(cwd)
        fds_to_keep = sorted(set(int(fd) for fd in pass_fds))
        self.pid = _os.spawn(args, _program_paths(executable, env), cwd, env_list, p2cread, c2pwrite,
                             errwrite, close_fds, fds_to_keep, start_new_session, executable)

    def _handle_exitstatus(self, sts):
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def _try_wait(self, options):
        try:
            pid, sts = os.waitpid(self.pid, options)
        except ChildProcessError:
            # Reaped elsewhere: its status is lost.
            return self.pid, 0
        return pid, sts

    def poll(self):
        """The returncode if the process has ended, else None."""
        if self.returncode is None:
            pid, sts = self._try_wait(os.WNOHANG)
            if pid == self.pid:
                self._handle_exitstatus(sts)
        return self.returncode

    def wait(self, timeout=None):
        """Waits for the process to end and returns its returncode; raises
        TimeoutExpired if timeout seconds pass first."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            while self.returncode is None:
                pid, sts = self._try_wait(0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            return self.returncode
        endtime = _now() + timeout
        pidfd = os.pidfd_open(self.pid)
        try:
            while self.poll() is None:
                remaining = endtime - _now()
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                _select.poll([pidfd], [POLLIN], int(remaining * 1000) + 1)
        finally:
            os.close(pidfd)
        return self.returncode

    def send_signal(self, sig):
        """Sends signal sig to the process, unless it has ended."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)

    def _remaining_time(self, endtime):
        return None if endtime is None else endtime - _now()

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def _decode(self, data):
        data = data.decode(self.encoding or 'utf-8', self.errors or 'strict')
        return data.replace('\r\n', '\n').replace('\r', '\n')

    def communicate(self, input=None, timeout=None):
        """Sends input to stdin, reads stdout and stderr to the end, waits
        for the process; returns (stdout_data, stderr_data)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        streams = [self.stdin, self.stdout, self.stderr]
        if timeout is None and not self._communication_started and streams.count(None) >= 2:
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr
        endtime = None if timeout is None else _now() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        finally:
            self._communication_started = True
        return stdout, stderr

    def _timeout_expired(self, orig_timeout):
        out = self._output.get('stdout')
        err = self._output.get('stderr')
        return TimeoutExpired(self.args, orig_timeout, output=b''.join(out) if out else None,
                              stderr=b''.join(err) if err else None)

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        if not self._communication_started:
            if self.stdout:
                self._output['stdout'] = []
            if self.stderr:
                self._output['stderr'] = []
            if self.stdin and input:
                self._input = input.encode(self.encoding or 'utf-8', self.errors or 'strict') \
                    if self.text_mode else bytes(input)
        watched = {}
        poller = _poll()
        if self.stdin and self._input is not None and not self.stdin.closed:
            watched[self.stdin.fileno()] = 'stdin'
            poller.register(self.stdin.fileno(), POLLOUT)
        for name in ('stdout', 'stderr'):
            f = getattr(self, name)
            if f and not f.closed:
                watched[f.fileno()] = name
                poller.register(f.fileno(), POLLIN)
        while watched:
            remaining = self._remaining_time(endtime)
            if remaining is not None and remaining < 0:
                raise self._timeout_expired(orig_timeout)
            ready = poller.poll(None if remaining is None else remaining * 1000)
            if endtime is not None and _now() > endtime:
                raise self._timeout_expired(orig_timeout)
            for fd, events in ready:
                name = watched[fd]
                if name == 'stdin':
                    chunk = self._input[self._input_offset:self._input_offset + _PIPE_BUF]
                    try:
                        self._input_offset += os.write(fd, chunk)
                    except BrokenPipeError:
                        done = True
                    else:
                        done = self._input_offset >= len(self._input)
                    if done:
                        poller.unregister(fd)
                        del watched[fd]
                        try:
                            self.stdin.close()
                        except BrokenPipeError:
                            pass
                else:
                    data = os.read(fd, _READ_SIZE)
                    if not data:
                        poller.unregister(fd)
                        del watched[fd]
                        getattr(self, name).close()
                    self._output[name].append(data)
        self.wait(timeout=self._remaining_time(endtime))
        stdout = stderr = None
        if 'stdout' in self._output:
            stdout = b''.join(self._output['stdout'])
        if 'stderr' in self._output:
            stderr = b''.join(self._output['stderr'])
        if self.text_mode:
            if stdout is not None:
                stdout = self._decode(stdout)
            if stderr is not None:
                stderr = self._decode(stderr)
        return stdout, stderr
