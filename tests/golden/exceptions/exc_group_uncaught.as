# An uncaught exception group: CPython's boxed report, with members that
# have tracebacks, chained contexts, notes and a nested group


def leaf(n):
    try:
        raise KeyError(n)
    except KeyError:
        raise ValueError(n)


def collect():
    excs = []
    for i in range(2):
        try:
            leaf(i)
        except ValueError as e:
            excs.append(e)
    noted = TypeError("multi")
    noted.add_note("line1\nline2")
    noted.add_note("second")
    excs.append(noted)
    try:
        raise ExceptionGroup("nested", [RuntimeError("r"), OSError(2, "nope")])
    except ExceptionGroup as g:
        excs.append(g)
    return ExceptionGroup("top", excs)


def main():
    try:
        raise collect()
    except ExceptionGroup as g:
        g.add_note("group note")
        raise


print("start")
main()
