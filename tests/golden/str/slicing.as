# str slicing with steps, negatives, out-of-range bounds
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[:], s[:] == s)
