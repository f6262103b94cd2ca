# An uncaught BaseExceptionGroup is reported like any group, even when it
# holds SystemExit and KeyboardInterrupt; a group raised while handling a
# member shows that member first


def fail():
    try:
        raise ValueError("first")
    except ValueError as v:
        raise BaseExceptionGroup("b", [v, KeyboardInterrupt(), SystemExit(3)])


fail()
