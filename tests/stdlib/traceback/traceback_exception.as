# TracebackException: from_exception, format, format_exception_only, attributes
import sys
import traceback


def fail():
    raise ValueError("boom")


try:
    try:
        fail()
    except ValueError as e:
        raise LookupError("wrapped") from e
except LookupError as e:
    te = traceback.TracebackException.from_exception(e)

print(te.exc_type, str(te))
print(len(te.stack), te.stack[0].name)
print(te.__cause__.exc_type, str(te.__cause__), te.__context__ is not None, te.__suppress_context__)
print(list(te.format_exception_only()))
print("".join(te.format()))
print("".join(te.format(chain=False)))
te.print(file=sys.stdout)
try:
    fail()
except ValueError as e:
    te2 = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
    te3 = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
print(len(te2.stack), te2.stack[0].name)
print(te2 == te3, te2 == te)
