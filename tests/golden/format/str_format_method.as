# str.format with auto/explicit positions, keywords, attributes, indices
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[1]} {d[k]} {0[0]:>4}".format([5, 6], d={"k": "v"}))
class Pt:
    x, y = 1, 2
print("({p.x}, {p.y})".format(p=Pt()))
print("{:>8.2f}|{:^7}|{!r}".format(3.14159, "mid", "r"))
print("{{}} {}".format("braces"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
