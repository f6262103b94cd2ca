# object.__str__ is a slot wrapper that goes through the type's repr.


class Plain:
    pass


class R:
    def __repr__(self):
        return 'R!'


class S(R):
    def __str__(self):
        return 'S:' + super().__str__()


print(object.__str__)
print(type(object.__str__).__name__)
print(R.__str__ is object.__str__)
print(object.__str__(R()))
print(str(R()), str(S()))
print(object.__str__(S()))
print(object.__str__(5), object.__str__([1, 'a']), object.__str__('q'))
print(int.__str__ is object.__str__)
print(R().__str__())
print(object.__str__(Plain()).startswith('<__main__.Plain object at 0x'))
print('__str__' in object.__dict__, '__str__' in R.__dict__, '__str__' in S.__dict__)
try:
    object.__str__()
except TypeError as e:
    print('TypeError:', e)
try:
    object.__str__(1, 2)
except TypeError as e:
    print('TypeError:', e)
