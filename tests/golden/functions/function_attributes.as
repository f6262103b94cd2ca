# __name__, __qualname__, __doc__, __module__, and custom attributes
def outer():
    """Outer's docstring."""
    def inner():
        pass
    return inner
class K:
    def method(self):
        "method doc"
print(outer.__name__, outer.__qualname__, outer().__qualname__, outer.__doc__)
print(K.method.__qualname__, K.method.__doc__, outer.__module__)
def nodoc():
    pass
print(nodoc.__doc__)
nodoc.tag = "custom"
print(nodoc.tag)
print(repr(outer).startswith("<function outer at 0x"))
