# Signals and Handlers enums, strsignal, valid_signals, argument errors.
import signal

print(repr(signal.SIGTERM), signal.SIGTERM, signal.SIGKILL.value, signal.SIGTERM == 15)
print(repr(signal.Signals.SIGINT), signal.Signals(9), signal.Signals['SIGHUP'])
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.Handlers(1))
for s in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL, signal.SIGCHLD, signal.SIGPIPE, signal.SIGHUP,
          signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM):
    print(int(s), s.name, signal.strsignal(s))
print(signal.NSIG, signal.SIGTERM in signal.valid_signals(), 0 in signal.valid_signals())
print(isinstance(signal.SIGTERM, int), type(signal.SIGTERM).__name__)
print(signal.getsignal(signal.SIGPIPE))
try:
    signal.signal(signal.SIGKILL, print)
except OSError as e:
    print(type(e).__name__, e)
try:
    signal.signal(signal.SIGUSR1, 7)
except TypeError as e:
    print(e)
for bad in (0, 1000, -3):
    try:
        signal.getsignal(bad)
    except ValueError as e:
        print(e)
try:
    signal.strsignal(0)
except ValueError as e:
    print(e)
