# putenv and unsetenv change the process environment but not os.environ;
# the changes show in the environment os.path.expandvars does not see.
import os

os.putenv('ASTER_PUT', 'value')
print('ASTER_PUT' in os.environ)
os.unsetenv('ASTER_PUT')
for call in [lambda: os.putenv('A=B', 'x'), lambda: os.putenv(1, 'x'),
             lambda: os.putenv('A', None), lambda: os.unsetenv(3),
             lambda: os.putenv('A\0', 'x'), lambda: os.putenv('', 'x')]:
    try:
        call()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
