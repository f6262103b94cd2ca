# Popen: pipes, poll, wait, signals, the context manager.
import os
import signal
import subprocess
from subprocess import PIPE

with subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE) as p:
    out, err = p.communicate(b'via communicate')
    print(out, err, p.returncode)
print(repr(p), p.args)
print(p.communicate())

p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE, text=True)
p.stdin.write('line1\nline2\n')
p.stdin.close()
print(repr(p.stdout.readline()), repr(p.stdout.read()))
p.stdout.close()
print(p.wait(), p.poll())

p = subprocess.Popen(['sleep', '10'])
print(p.poll(), p.returncode)
p.terminate()
print(p.wait(), p.returncode)
p.kill()
p.send_signal(signal.SIGTERM)

p = subprocess.Popen(['sleep', '10'])
p.send_signal(signal.SIGKILL)
print(p.wait())

p = subprocess.Popen(['sh', '-c', 'exit 7'])
print(p.wait(timeout=30))

p = subprocess.Popen(['sh', '-c', 'read x; echo got $x; echo err >&2'], stdin=PIPE, stdout=PIPE, stderr=PIPE)
print(p.communicate(b'value\n'))
print(p.stdin.closed, p.stdout.closed, p.stderr.closed)

r, w = os.pipe()
p = subprocess.Popen(['sh', '-c', 'echo to fd 1'], stdout=w)
os.close(w)
p.wait()
print(os.read(r, 100))
os.close(r)

# pass_fds keeps a descriptor open in the child.
r, w = os.pipe()
p = subprocess.Popen(['sh', '-c', f'echo passed >&{w}'], pass_fds=[w])
os.close(w)
p.wait()
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
p = subprocess.Popen(['sh', '-c', f'echo closed >&{w}'], stderr=subprocess.DEVNULL)
os.close(w)
print(p.wait() != 0, os.read(r, 100))
os.close(r)

with open('/tmp/aster_subprocess_popen.txt', 'w') as f:
    subprocess.run(['echo', 'into a file'], stdout=f)
with open('/tmp/aster_subprocess_popen.txt') as f:
    print(f.read())
with open('/tmp/aster_subprocess_popen.txt') as f:
    print(subprocess.run(['cat'], stdin=f, capture_output=True).stdout)
os.remove('/tmp/aster_subprocess_popen.txt')
p = subprocess.Popen('echo $0', shell=True, executable='/bin/sh', stdout=PIPE)
print(p.communicate()[0])
p = subprocess.Popen(['sh', '-c', 'echo ' + 'x' * 100], stdout=PIPE)
print(repr(p))
p.communicate()
print(p)
