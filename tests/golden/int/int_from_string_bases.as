# int(str, base), prefixes with base 0, underscores and whitespace
print(int("42"), int("-17"), int("  +8  "), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("Zz", 36))
print(int("123456789012345678901234567890"))
print(int(3.99), int(-3.99), int(True), int("0"))
for bad in ("", "12a", "1__0", "0x10", " "):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
