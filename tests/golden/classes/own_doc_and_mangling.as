# A class without a docstring has __doc__ None of its own (not its base's);
# names made only of underscores, like other names ending in "__", are not
# mangled.
class A:
    """d"""
class B(A): pass
print(B.__doc__, "__doc__" in B.__dict__)
class C:
    __: int = 1
    ___ = 2
    __x__ = 3
    __y = 4
print(sorted(k for k in vars(C) if "_" in k and k not in ("__module__","__qualname__","__dict__","__weakref__")))
