# hex/bin/oct include the prefix and the sign.
# The runner masks 0x<hexdigits> as an object address, so hex results are
# printed with a space after the prefix to keep their digits checked.
def show(s):
    return s.replace("0x", "0x ")
print(show(hex(255)), show(hex(-255)), show(hex(0)), bin(5), bin(-5), bin(0), oct(8), oct(-8), show(hex(2**70)))
class Idx:
    def __index__(self):
        return 10
print(show(hex(Idx())), bin(Idx()), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10][Idx()])
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
