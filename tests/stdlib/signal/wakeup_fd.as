# set_wakeup_fd: each signal writes its number to the fd as one byte.
import os
import select
import signal

r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print(e.args[0].startswith('the fd'), 'must be in non-blocking mode' in e.args[0])
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, lambda signum, frame: None)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(select.select([r], [], [], 0)[0] == [r], list(os.read(r, 10)))
print(signal.set_wakeup_fd(-1) == w)
signal.raise_signal(signal.SIGUSR1)
print(select.select([r], [], [], 0)[0])
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
