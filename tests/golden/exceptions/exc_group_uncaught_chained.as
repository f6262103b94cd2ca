# Groups inside chains: a group as the cause of a plain exception, and a
# last member whose context is a group (the outer box still closes)


def inner():
    try:
        raise ExceptionGroup("ctx", [KeyError(1)])
    except ExceptionGroup:
        raise ValueError("v")


try:
    inner()
except ValueError as e:
    last = e
try:
    raise ExceptionGroup("top", [TypeError(1), last])
except ExceptionGroup as g:
    raise RuntimeError("after") from g
