# bytes literals and repr: printable ASCII shown, others escaped
print(b"abc", b'it\'s', b"\x00\x01\x7f\x80\xff", b"tab\tnl\n\\")
print(repr(b'"'), repr(b"'"), repr(b"'\""), b"")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"))
print(type(b"x").__name__, len(b"\x00\x00"))
