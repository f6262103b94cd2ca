# title-free helpers: len, ord of each char, str.maketrans/translate
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table))
print("hello".translate({ord("l"): "L", ord("o"): None}))
print(len(""), len("   "), "mississippi".count("ss"))
