# divmod(a, b) == (a // b, a % b) and q*b + r == a, small and big
cases = [(17, 5), (-17, 5), (17, -5), (-17, -5), (2**100 + 3, 2**33), (-(3**80), 7**20)]
for a, b in cases:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a, (q, r) == (a // b, a % b))
