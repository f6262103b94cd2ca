# extract_tb / format_tb / print_tb / walk_tb and FrameSummary
import sys
import traceback


def a():
    b()


def b():
    raise OSError("deep")


try:
    a()
except OSError as e:
    tb = e.__traceback__

stack = traceback.extract_tb(tb)
print(type(stack).__name__, len(stack))
for fs in stack:
    print(repr(fs))
    print(fs.filename, fs.lineno, fs.name, repr(fs.line), len(fs))
    filename, lineno, name, line = fs
    print(fs[0] == filename, fs[-1] == line, fs == (filename, lineno, name, line))
print(traceback.extract_tb(tb, limit=2))
print(traceback.extract_tb(tb, limit=-1))
print(traceback.format_tb(tb))
traceback.print_tb(tb, file=sys.stdout)
traceback.print_tb(tb, limit=1, file=sys.stdout)
for frame, lineno in traceback.walk_tb(tb):
    print(frame.f_code.co_name, lineno)
print(traceback.extract_tb(None), traceback.format_tb(None))
print(stack.format())
