# callable() for functions, classes, methods, instances and data
class WithCall:
    def __call__(self):
        pass
class Without:
    pass
print(callable(len), callable(print), callable(lambda: 0), callable(int), callable(Without), callable(WithCall()), callable(Without()), callable("s"), callable([].append), callable(None))
