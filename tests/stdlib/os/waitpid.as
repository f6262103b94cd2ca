# waitpid, the W* status macros, WNOHANG, and the process-group calls.
import os
import signal
import subprocess

p = subprocess.Popen(['sh', '-c', 'exit 5'])
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status))
print(os.waitstatus_to_exitcode(status))

p = subprocess.Popen(['sleep', '10'])
print(os.waitpid(p.pid, os.WNOHANG))
os.kill(p.pid, signal.SIGKILL)
pid, status = os.waitpid(p.pid, 0)
print(os.WIFEXITED(status), os.WIFSIGNALED(status), os.WTERMSIG(status), os.WIFSTOPPED(status))

p = subprocess.Popen(['sleep', '10'])
os.kill(p.pid, signal.SIGSTOP)
pid, status = os.waitpid(p.pid, os.WUNTRACED)
print(os.WIFSTOPPED(status), os.WSTOPSIG(status) == signal.SIGSTOP)
os.kill(p.pid, signal.SIGKILL)
os.waitpid(p.pid, 0)

try:
    os.waitpid(p.pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)

print(os.getpgrp() == os.getpgid(0), os.getpgid(os.getpid()) == os.getpgrp())
p = subprocess.Popen(['sleep', '10'], start_new_session=True)
print(os.getpgid(p.pid) == p.pid)
os.killpg(p.pid, signal.SIGTERM)
print(p.wait())
try:
    os.killpg(p.pid, signal.SIGTERM)
except ProcessLookupError as e:
    print(e)
