# str/repr switch to exponent notation at 1e16 and below 1e-4
for v in (1e15, 9999999999999998.0, 1e16, 123.456, 0.0001, 0.00001, 1.5e-7, 2.0**70, -1e100):
    print(v)
