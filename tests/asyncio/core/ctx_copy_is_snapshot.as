# copy_context takes a snapshot: later sets in the current context do not change the copy
import contextvars

count = contextvars.ContextVar('count', default=0)
count.set(1)
snapshot = contextvars.copy_context()
count.set(2)
print('current', count.get())
print('snapshot', snapshot[count])
print('empty new context', len(contextvars.Context()), contextvars.Context().get(count, 'absent'))
