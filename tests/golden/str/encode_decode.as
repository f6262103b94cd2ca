# str.encode/bytes.decode with utf-8 and errors handlers
s = "naïve ☃"
b = s.encode("utf-8")
print(b, len(b), b.decode("utf-8") == s)
print("abc".encode(), "abc".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print("é".encode("latin-1"), b"\xe9".decode("latin-1"))
