# hex-free float helpers: abs, neg, pow, real/imag, conjugate
x = -2.5
print(abs(x), -x, +x, x ** 2, 2 ** 0.5, 4 ** 0.5)
print(x.real, x.imag, x.conjugate())
print(0.1 * 3, 0.3 / 0.1, 10 / 3 * 3)
print(1.0 - 0.9, 100 * 1.1)
