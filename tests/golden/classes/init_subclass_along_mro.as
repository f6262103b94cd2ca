# The __init_subclass__ that runs is the next one along the new class's
# MRO, even when it comes from a later base than the first.
class Hook:
    def __init_subclass__(cls, **kw):
        print('Hook.__init_subclass__', cls.__name__, kw)
        super().__init_subclass__()

class M(dict, Hook):
    pass

class N(list, Hook, flag=1):
    pass

class Other:
    pass

class P(Other, Hook):
    pass

print([c.__name__ for c in M.__mro__], [c.__name__ for c in P.__mro__])
