# bit_length, bit_count, to_bytes/from_bytes, conjugate-free helpers
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2**100).bit_length())
print((255).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((-1).to_bytes(2, "big", signed=True))
print((17).as_integer_ratio(), (5).real, (5).imag, (5).numerator, (5).denominator)
