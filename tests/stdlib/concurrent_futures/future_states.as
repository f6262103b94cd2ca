# concurrent.futures.Future used directly: states, results, exceptions,
# callbacks, cancellation and the errors of misuse.
import re
from concurrent.futures import Future, CancelledError, InvalidStateError, TimeoutError


def show(f):
    print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(f)))


f = Future()
show(f)
print(f.running(), f.done(), f.cancelled())
f.add_done_callback(lambda fut: print('callback sees', fut.result()))
print(f.set_running_or_notify_cancel(), f.running())
print('cancel while running:', f.cancel())
f.set_result([1, 2])
show(f)
print(f.result(), f.exception())
try:
    f.set_result(3)
except InvalidStateError as e:
    print('InvalidStateError', re.sub(r'0x[0-9a-f]+', 'ADDR', str(e)))

g = Future()
g.set_exception(ZeroDivisionError('zero'))
show(g)
print(repr(g.exception()))
try:
    g.result()
except ZeroDivisionError as e:
    print('raised', e)

h = Future()
h.add_done_callback(lambda fut: print('cancelled callback', fut.cancelled()))
print(h.cancel(), h.cancel(), h.done())
show(h)
print(h.set_running_or_notify_cancel())
for method in (h.result, h.exception):
    try:
        method()
    except CancelledError:
        print('CancelledError from', method.__name__)

p = Future()
try:
    p.result(timeout=0.01)
except TimeoutError:
    import builtins
    print('TimeoutError is builtin:', TimeoutError is builtins.TimeoutError)
late = Future()
late.set_result('now')
late.add_done_callback(lambda fut: print('added after done:', fut.result()))
