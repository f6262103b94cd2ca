# common bytes methods mirror str methods
b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.replace(b"l", b"L"))
print(b.find(b"World"), b.count(b"l"), b.startswith(b"  H"), b.endswith(b"  "))
print(b"-".join([b"a", b"b"]), b"a,b".split(b","), b"ab" * 3, b"ab" + b"cd")
print(b"abc".hex(), bytes.fromhex("de ad be ef"), b"\x01\xff".hex())
print(b"abc".decode(), b"abc" == b"abc", b"a" < b"b", b"abc" == "abc")
print(b"123".isdigit(), b"abc".isalpha())
