# str() of bytes shows the repr; bytes(str, enc) encodes; int/str interplay
print(str(b"ab"), bytes("ab", "ascii"), int("10") + 5, str(10) + "5", list(map(int, "123")))
