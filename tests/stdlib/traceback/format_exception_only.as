# format_exception_only: the message lines, notes and hints included
import traceback


class MyError(Exception):
    pass


print(traceback.format_exception_only(ValueError("v")))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(MyError("mine")))
print(traceback.format_exception_only(KeyError("k")))
e = TypeError("with notes")
e.add_note("first note")
e.add_note("second\nnote")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(type(e), e))
print(traceback.format_exception_only(None))
try:
    undefined_variable
except NameError as exc:
    print(traceback.format_exception_only(exc))
try:
    compile("x = (1,", "<test>", "exec")
except SyntaxError as exc:
    print(traceback.format_exception_only(exc))


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no")


print(traceback.format_exception_only(Unprintable()))
