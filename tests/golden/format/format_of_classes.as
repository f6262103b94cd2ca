# format() and f-strings of a class use type.__format__, not the class's own
# (unbound) __format__.
print(f"{int}", format(int), "{}".format(int))
class A:
    def __format__(self, spec):
        return 'A:' + spec
print(f'{A():xy}', format(A(), 'z'), '{:q}'.format(A()), f'{A}', f'{list}', f'{3.5:.1f}', f'{True}', f'{None}')
class M:
    pass
print(format(M, ''), '{}'.format(type(None)))
try:
    format(M(), 'x')
except TypeError as e:
    print(e)
