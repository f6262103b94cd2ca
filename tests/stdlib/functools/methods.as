# partialmethod and singledispatchmethod: partial and singledispatch for
# methods, plain, class and static.
from functools import partialmethod, singledispatchmethod

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, note=''):
        self.alive = state
        return note
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='dead')
    @classmethod
    def make(cls, n, suffix):
        return f'{cls.__name__}{n}{suffix}'
    make_one = partialmethod(make, 1)
    both = partialmethod(partialmethod(set_state, True), note='both')

c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(note='x'), c.both())
print(Cell.make_one('!'), c.make_one('?'), Cell.set_alive(c), c.alive)
print(repr(Cell.__dict__['set_dead']).split(' at ')[0], type(Cell.__dict__['both'].func).__name__)
try:
    partialmethod(5)
except TypeError as e:
    print(type(e).__name__, e)

class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError('Cannot negate a')
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register(bool)
    def _(self, arg):
        return not arg
    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return cls.__name__ + ' object'
    @kind.register
    @classmethod
    def _(cls, arg: str):
        return cls.__name__ + ' str'

n = Negator()
print(n.neg(5), n.neg(True), Negator.kind('s'), n.kind(1.5), Negator.neg.__name__)
try:
    n.neg('x')
except NotImplementedError as e:
    print(type(e).__name__, e)
