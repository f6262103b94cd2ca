# upper/lower/title/capitalize/swapcase/casefold on ASCII text
s = "hello World, it's 3am"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("MiXeD".casefold())
print("abc".isupper(), "ABC".isupper(), "Abc Def".istitle(), "abc".islower())
