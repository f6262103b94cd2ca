# integer presentation types, sign, grouping and alternate forms.
# The runner masks 0x<hexdigits> as an address: lines with the # form of x
# are printed with a space after 0x so their digits stay checked.
n = 255
print(f"{n:d} {n:x} {n:X} {n:o} {n:b} {n:#X} {n:#o} {n:#b} {n:c}")
print(f"{n:#x} {n:#010x} {-n:#x}".replace("0x", "0x "))
print(f"{n:+d} {-n:+d} {n: d} {-n: d}")
print(f"{1234567:,} {1234567:_} {0xFFFFFFFF:_x} {-1234567:,}")
print(f"{n:08b} {n:#010X} {n:e} {n:.2f} {n:%}")
print(f"{10**20:,}")
