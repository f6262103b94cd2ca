# Timeouts: TimeoutExpired from wait, communicate and run; the child is
# still there afterwards (wait/communicate) or killed (run).
import subprocess

p = subprocess.Popen(['sleep', '10'])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e, '|', e.cmd, e.timeout, e.output, e.stdout, e.stderr)
print(p.poll())
p.kill()
print(p.wait())

p = subprocess.Popen(['sh', '-c', 'echo partial; exec sleep 10'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(e, '|', e.output, e.stderr)
p.kill()
print(p.communicate(), p.returncode)

try:
    subprocess.run(['sh', '-c', 'echo before; exec sleep 10'], timeout=0.3, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e, '|', e.stdout, e.stderr)
try:
    subprocess.check_output(['sleep', '10'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e, '|', e.output)
try:
    subprocess.call(['sleep', '10'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
print(subprocess.run(['sleep', '0.1'], timeout=30).returncode)
print(str(subprocess.TimeoutExpired(['x'], 2.5)), subprocess.TimeoutExpired('y', 1).stdout)
