# format_list / print_list / StackSummary.from_list, recursion repeats
import sys
import traceback

items = [("a.py", 3, "f", "x = 1"), ("b.py", 4, "g", None), ("c.py", 5, "h", "   spaced   ")]
print(traceback.format_list(items))
traceback.print_list(items, file=sys.stdout)
summary = traceback.StackSummary.from_list(items)
print(type(summary).__name__, summary[0], summary[1].line)
fs = traceback.FrameSummary("z.py", 9, "zz", line="pass")
print(fs, fs.line, fs == ("z.py", 9, "zz", "pass"), list(fs))
print(traceback.format_list([fs, fs, fs, fs, fs, fs]))


def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    recurse(n - 1)


try:
    recurse(8)
except RecursionError:
    traceback.print_exc(file=sys.stdout)
