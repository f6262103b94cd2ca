# chained generators process items one at a time
def numbers():
    for i in range(1, 6):
        print("produce", i)
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
for v in evens(squares(numbers())):
    print("consume", v)
