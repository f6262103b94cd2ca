# raise ... from ...: the final line is the new exception
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad config value") from e
parse("x")
