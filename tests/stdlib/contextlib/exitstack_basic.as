from contextlib import ExitStack, contextmanager

@contextmanager
def resource(name):
    print('enter', name)
    try:
        yield name
    finally:
        print('exit', name)

with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in 'abc']
    print('got', names)
    stack.callback(print, 'callback', 1, sep=':')
    @stack.callback
    def last():
        print('decorated callback')
    print(last.__name__)

# pop_all moves the callbacks out of the with block.
with ExitStack() as stack:
    stack.enter_context(resource('kept'))
    kept = stack.pop_all()
print('after with')
kept.close()
kept.close()
print(type(kept).__name__)

# push: an __exit__ method or a callable with its signature.
def exit_cb(exc_type, exc, tb):
    print('exit_cb sees', exc_type.__name__ if exc_type else None)
    return exc_type is KeyError

class Manager:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print('Manager.__exit__', exc[0])

with ExitStack() as stack:
    print(stack.push(exit_cb) is exit_cb)
    m = Manager()
    print(stack.push(m) is m)
    raise KeyError('suppressed by exit_cb')
print('KeyError suppressed')

try:
    with ExitStack() as stack:
        stack.push(exit_cb)
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError', e)

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print('TypeError:', e)
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print('TypeError:', e)

stack = ExitStack()
stack.callback(print, 'closed by close()')
stack.close()
print(stack.__enter__() is stack)
print(stack.__exit__(None, None, None))
