# with_traceback returns the exception; add_note adds notes; __traceback__ exists
e = ValueError("v")
print(e.with_traceback(None) is e, e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
e2 = KeyError("k")
e2.add_note("a note")
print(e2.__notes__)
