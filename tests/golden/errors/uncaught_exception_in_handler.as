# an exception raised while handling another: the final line is the new one
try:
    [][1]
except IndexError:
    {}["handler bug"]
