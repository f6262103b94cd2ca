# no return gives None; return a, b gives a tuple; early return
def nothing():
    pass
def bare():
    return
def many():
    return 1, "two", [3]
def early(x):
    if x:
        return "early"
    print("fell through")
    return "late"
print(nothing(), bare(), many(), early(1), early(0))
a, b, c = many()
print(a, b, c)
