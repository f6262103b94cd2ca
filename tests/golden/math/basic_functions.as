# sqrt, floor, ceil, trunc, fabs, pow, exp, log variants
import math
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3))
print(type(math.floor(2.5)).__name__, math.floor(10**20 + 0.0), math.ceil(7))
print(math.exp(1) == math.e, math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(100, 10))
print(math.pow(2, 10), math.hypot(3, 4), math.copysign(1, -0.0), math.fmod(-7, 3))
