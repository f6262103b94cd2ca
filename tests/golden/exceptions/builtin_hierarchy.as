# the builtin exception hierarchy as seen by except clauses
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (UnicodeDecodeError, ValueError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (GeneratorExit, Exception),
    (Exception, BaseException), (TypeError, ValueError), (AssertionError, Exception),
]
for sub, sup in pairs:
    print(sub.__name__, issubclass(sub, sup), sup.__name__)
try:
    {}["x"]
except LookupError as e:
    print("caught via LookupError:", type(e).__name__, e)
print([c.__name__ for c in ZeroDivisionError.__mro__])
