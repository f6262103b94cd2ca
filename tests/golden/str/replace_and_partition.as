# replace with count, partition, rpartition
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("", "-")[:9])
print(s.partition(" two "), s.rpartition(" two "), s.partition("zz"))
print("aaa".replace("a", "aa"), "abc".replace("x", "y"))
