# isinstance / issubclass ask the class of their second argument for
# __instancecheck__ / __subclasscheck__, so an object that is not a class
# can stand for one (as typing's aliases do).
class Duck:
    def __instancecheck__(self, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(self, cls):
        return hasattr(cls, 'quack')

class Mallard:
    def quack(self):
        pass

duck = Duck()
print(isinstance(Mallard(), duck), isinstance(1, duck), isinstance(1, (str, duck)))
print(issubclass(Mallard, duck), issubclass(int, duck))

class Plain:
    pass

for call in (lambda: isinstance(1, Plain()), lambda: issubclass(int, Plain())):
    try:
        call()
    except TypeError as e:
        print(e)
