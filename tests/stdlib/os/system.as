# system, waitstatus_to_exitcode and _exit (which runs no finally block).
import os
import sys

print('before', flush=True)
status = os.system('echo from the shell; exit 3')
print(status, os.waitstatus_to_exitcode(status), os.system('true'))
print(os.waitstatus_to_exitcode(os.system('kill -9 $$')))
for call in (lambda: os.system(3), lambda: os.system('a\0'), lambda: os.waitstatus_to_exitcode(0x7f)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
sys.stdout.flush()
try:
    os._exit(4)
finally:
    print('never printed')
