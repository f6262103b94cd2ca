# bytes() rejects out-of-range values and str without encoding
for arg in ([256], [-1], "abc"):
    try:
        bytes(arg)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
