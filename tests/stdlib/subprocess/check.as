# call, check_call, check_output, getoutput, getstatusoutput and the
# errors they raise.
import subprocess

print(subprocess.call(['sh', '-c', 'exit 2']), subprocess.call('true', shell=True))
print(subprocess.check_call(['true']))
print(subprocess.check_output(['printf', 'a\\nb\\n']))
print(subprocess.check_output(['printf', 'a\\nb\\n'], text=True))
print(subprocess.check_output('cat', shell=True, input=b'fed in'))
print(repr(subprocess.check_output(['cat'], input=None, text=True)))
for cmd in (['false'], 'exit 9', ['sh', '-c', 'kill -9 $$'], ['sh', '-c', 'kill -USR1 $$']):
    try:
        subprocess.check_call(cmd, shell=isinstance(cmd, str))
    except subprocess.CalledProcessError as e:
        print(e, '|', e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.check_output(['sh', '-c', 'echo some; echo err >&2; exit 1'], stderr=subprocess.PIPE)
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stdout, e.stderr)
try:
    subprocess.check_output(['true'], stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
print(subprocess.getstatusoutput('echo out; echo err >&2; exit 3'))
print(subprocess.getstatusoutput('printf "no newline"'))
print(repr(subprocess.getoutput('echo one; echo two')))
e = subprocess.CalledProcessError(-200, ['x'])
print(e)
e = subprocess.CalledProcessError(1, 'cmd', output=b'o')
e.stdout = b'changed'
print(e.output)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.SubprocessError, Exception))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
