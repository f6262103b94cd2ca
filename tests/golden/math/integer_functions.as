# factorial, gcd, lcm, isqrt, comb, perm, prod on ints including big ones
import math
print(math.factorial(0), math.factorial(20), math.factorial(50))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(2**100, 6**50), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.isqrt(99), math.isqrt(10**40), math.comb(10, 3), math.perm(5, 2), math.comb(100, 50))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)))
