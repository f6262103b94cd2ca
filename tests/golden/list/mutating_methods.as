# append/extend/insert/pop/remove/clear/reverse mutate in place and return None
a = [1, 2, 3]
print(a.append(4), a)
a.extend([5, 6]); a.extend(range(7, 9)); a.extend("xy")
print(a)
a.insert(0, "first"); a.insert(-1, "before-last"); a.insert(100, "end")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("x")
print(a)
a.reverse()
print(a)
a.clear()
print(a, len(a))
