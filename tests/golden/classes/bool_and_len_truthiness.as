# truthiness uses __bool__, then __len__, else True
class AlwaysFalse:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(AlwaysFalse()), bool(Empty()), bool(Plain()), not Empty())
if not AlwaysFalse():
    print("falsy instance")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
