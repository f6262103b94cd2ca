# calling with too many positional arguments
def one(a):
    return a
one(1, 2)
