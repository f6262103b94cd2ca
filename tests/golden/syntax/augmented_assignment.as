# augmented assignment: in-place on lists, rebinding on ints/tuples/strs
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n %= 3; print(n)
n **= 10; print(n)
n <<= 3; print(n)
n >>= 1; print(n)
n |= 5; print(n)
n &= 6; print(n)
n ^= 15; print(n)
f = 7
f /= 2; print(f)
a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u)
s = "ab"
s *= 3
print(s)
d = {"k": [1]}
d["k"] += [2]
print(d)
