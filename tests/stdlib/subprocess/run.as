# subprocess.run and CompletedProcess.
import subprocess
from subprocess import PIPE, STDOUT, DEVNULL

r = subprocess.run(['echo', 'hello'], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
print(subprocess.run('echo $((1 + 2)); echo err >&2; exit 4', shell=True, capture_output=True, text=True))
print(subprocess.run(['cat'], input=b'abc' * 100000, capture_output=True).stdout[-6:])
print(subprocess.run(['cat'], input='text in\r\nlines\r', capture_output=True, text=True).stdout.split('\n'))
print(subprocess.run(['sh', '-c', 'echo x; echo y >&2'], stdout=PIPE, stderr=STDOUT).stdout)
print(subprocess.run(['sh', '-c', 'echo quiet'], stdout=DEVNULL))
print(subprocess.run(['env'], env={'ONLY': 'this'}, capture_output=True, text=True).stdout)
print(subprocess.run(['pwd'], cwd='/', capture_output=True, encoding='utf-8').stdout)
print(subprocess.run(['printf', 'caf\\303\\251'], capture_output=True, universal_newlines=True).stdout)
print(subprocess.run('exit 3', shell=True).returncode)
print(subprocess.run(['sh', '-c', 'kill -TERM $$']).returncode)
r = subprocess.run(['false'])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.CompletedProcess(['a'], 0), subprocess.CompletedProcess('a b', 1, b'', None))
for kwargs in ({'input': b'x', 'stdin': PIPE}, {'capture_output': True, 'stdout': PIPE}):
    try:
        subprocess.run(['true'], **kwargs)
    except ValueError as e:
        print(e)
try:
    subprocess.run(['true'], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
