# chr/ord round-trip across ASCII, BMP and astral planes
for c in ("A", "z", "0", " ", "é", "€", "😀", "\n"):
    print(repr(c), ord(c), chr(ord(c)) == c)
print(chr(0x10FFFF) == "\U0010ffff")
for fn in (lambda: chr(0x110000), lambda: chr(-1), lambda: ord("ab"), lambda: ord("")):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
