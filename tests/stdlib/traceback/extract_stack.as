# extract_stack / format_stack / print_stack from inside functions
import sys
import traceback


def report():
    stack = traceback.extract_stack()
    print([(fs.name, fs.lineno, fs.line) for fs in stack if fs.filename.endswith("stack.as")])
    print(traceback.extract_stack(limit=2))
    print(traceback.format_stack(limit=1))
    traceback.print_stack(limit=2, file=sys.stdout)


def middle():
    report()


middle()
print(traceback.extract_stack(sys._getframe(), limit=1))
