# signal.signal: aster handlers run on the main thread after the signal.
import os
import signal

calls = []


def handler(signum, frame):
    calls.append(signum)
    print('handler got', repr(signum) if not isinstance(signum, signal.Signals) else signum.name)


print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
old = signal.signal(signal.SIGUSR1, handler)
print(old, old is signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print('after kill', calls)
signal.raise_signal(signal.SIGUSR1)
print('after raise_signal', calls)

# A handler that raises: the exception comes out where the signal is noticed.
def raising(signum, frame):
    raise RuntimeError(f'signal {signum}')


signal.signal(signal.SIGUSR2, raising)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    print('not reached')
except RuntimeError as e:
    print('caught', e)

# A busy loop notices the signal at its next backward jump.
signal.signal(signal.SIGALRM, raising)
signal.alarm(1)
try:
    while True:
        pass
except RuntimeError as e:
    print('loop stopped:', e)

print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1), calls)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
signal.signal(signal.SIGALRM, signal.SIG_DFL)

# default_int_handler is what turns SIGINT into KeyboardInterrupt.
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
