# chained exceptions: __cause__, __context__, "from None", chain=False
import sys
import traceback


def parse(text):
    try:
        int(text)
    except ValueError as e:
        raise RuntimeError("parse failed") from e


def lookup(d):
    try:
        raise KeyError("missing")
    except KeyError:
        raise TypeError("lookup failed")


def quiet():
    try:
        {}["k"]
    except KeyError:
        raise AttributeError("quiet") from None


for fn, arg in ((parse, "x"), (lookup, {}), (quiet, None)):
    try:
        if arg is None:
            fn()
        else:
            fn(arg)
    except Exception as e:
        traceback.print_exception(e, file=sys.stdout)
        print("--- chain=False")
        traceback.print_exception(e, file=sys.stdout, chain=False)
        print("===")

try:
    try:
        raise ValueError("first")
    except ValueError as first:
        second = KeyError("second")
        second.__context__ = first
        first.__context__ = second
        raise second
except KeyError as e:
    print(traceback.format_exc())
