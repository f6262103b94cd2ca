import os

size = os.terminal_size((80, 24))
print(size, size.columns, size.lines, tuple(size))
try:
    os.get_terminal_size(os.open(os.devnull, os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e)
