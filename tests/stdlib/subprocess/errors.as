# Starting a program that cannot run raises the OSError of the exec.
import os
import subprocess

for kwargs in ({}, {'executable': '/nonexistent/prog'}, {'cwd': '/nonexistent'}):
    try:
        subprocess.run(['nosuch-program-x'], **kwargs)
    except OSError as e:
        print(type(e).__name__, e, '|', e.errno, e.filename)
try:
    subprocess.run(['/etc/passwd'])
except PermissionError as e:
    print(e)
try:
    subprocess.run(['/tmp'])
except PermissionError as e:
    print(e)
try:
    subprocess.run(['true'], env={'A=B': 'x'})
except ValueError as e:
    print(e)
try:
    subprocess.run([1])
except TypeError as e:
    print(e)
# The failed starts left no descriptors open.
r, w = os.pipe()
os.close(r)
os.close(w)
print(r < 10)
print(subprocess.run('nosuch-program-x 2>/dev/null', shell=True).returncode)
