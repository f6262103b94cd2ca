# missing attributes on instances and classes raise AttributeError
class Thing:
    pass
t = Thing()
try:
    t.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Thing.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(t, "missing", "default"))
