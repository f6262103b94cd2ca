# hex, octal, binary, underscores, floats and exponents in literals
print(0x1F, 0o17, 0b1011, 0XFF, 0O7, 0B1)
print(1_000_000, 0x_FF_FF, 0b_1010_1010)
print(1.5e3, 2E-3, 1_0.5, .5, 5., 1e0)
print(0, 00, 0.0)
print(12345678901234567890123)
