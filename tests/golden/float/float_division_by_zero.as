# dividing a float by zero raises ZeroDivisionError with float wording
cases = [
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("1 / 0.0", lambda: 1 / 0.0),
]
for text, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(text, "->", e)
