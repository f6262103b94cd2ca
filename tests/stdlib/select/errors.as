# Bad arguments to select.select and poll.
import select

for bad in (-1, 'x', 1.5, None):
    try:
        select.select([bad], [], [], 0)
    except Exception as e:
        print(type(e).__name__, e)
for timeout in (-1, 'soon'):
    try:
        select.select([], [], [], timeout)
    except Exception as e:
        print(type(e).__name__, e)
try:
    select.poll().poll('x')
except TypeError as e:
    print(e)
print(select.select([], [], [], 0.01))
print(select.error is OSError)
