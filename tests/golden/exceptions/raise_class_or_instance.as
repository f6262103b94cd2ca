# raising a class instantiates it; raising a non-exception is a TypeError
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)
try:
    raise "string"
except TypeError as e:
    print("TypeError:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
class NotAnError:
    pass
try:
    raise NotAnError
except TypeError as e:
    print("TypeError:", e)
