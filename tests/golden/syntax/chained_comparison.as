# a < b < c evaluates b once and short-circuits
def val(x):
    print("eval", x)
    return x

print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 == 2 >= 1)
print(val(1) < val(0) < val(5))
print(val(1) < val(2) < val(3))
x = 5
print(0 <= x < 10, 10 < x <= 20)
print(1 == 1.0 == True)
