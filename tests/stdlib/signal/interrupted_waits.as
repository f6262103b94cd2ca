# A handler runs while select, poll, waitpid and os.read wait; the wait
# goes on afterwards unless the handler raises.
import os
import select
import signal
import subprocess

got = []
signal.signal(signal.SIGALRM, lambda signum, frame: got.append(signum))

r, w = os.pipe()
signal.alarm(1)
print(select.select([r], [], [], 1.5), got)

signal.alarm(1)
p = select.poll()
p.register(r, select.POLLIN)
print(p.poll(1500), len(got))

child = subprocess.Popen(['sleep', '1.5'])
signal.alarm(1)
pid, status = os.waitpid(child.pid, 0)
print(pid == child.pid, os.waitstatus_to_exitcode(status), len(got))


def stop(signum, frame):
    raise TimeoutError('alarm')


signal.signal(signal.SIGALRM, stop)
signal.alarm(1)
try:
    os.read(r, 1)
except TimeoutError as e:
    print('read interrupted:', e)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
