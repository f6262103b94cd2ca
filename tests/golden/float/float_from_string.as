# float() parses decimal strings, exponents, whitespace, underscores
print(float("3.14"), float("  -2.5e3 "), float("1_000.5"), float(".5"), float("5."))
print(float("1e-320"), float("1e400"), float("-1e400"))
print(float(7), float(True), float("16"))
for bad in ("abc", "1.2.3", "", "1e"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
