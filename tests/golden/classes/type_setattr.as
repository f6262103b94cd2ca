# type.__setattr__ and type.__delattr__ set and delete class attributes,
# so a metaclass overriding __setattr__ can defer to them.
class Guarded(type):
    def __setattr__(cls, name, value):
        if name.startswith('locked'):
            raise AttributeError(f'cannot set {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print('deleting', name)
        type.__delattr__(cls, name)

class C(metaclass=Guarded):
    pass

C.x = 1
type.__setattr__(C, 'locked_y', 2)
print(C.x, C.locked_y)
try:
    C.locked_z = 3
except AttributeError as e:
    print(e)
del C.x
print(hasattr(C, 'x'), type.__dict__['__setattr__'])
try:
    type.__setattr__(int, 'x', 1)
except TypeError as e:
    print(e)
