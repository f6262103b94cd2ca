# float presentation types f, e, g, % and precision rules
x = 1234.56789
print(f"{x:f} {x:.2f} {x:.0f} {x:e} {x:.3e} {x:E}")
print(f"{x:g} {x:.3g} {0.00001234:g} {1e20:g} {123456789.0:g} {x:G}")
print(f"{0.256:.1%} {1.5:%} {-0.0:.1f} {2.5:.0f} {3.5:.0f}")
print(f"{x:,.2f} {x:12.3f}| {x:<12.1f}| {x:+.1f} {1e300:.3g}")
print(f"{float('inf'):f} {float('nan'):.2f} {float('-inf'):e}")
print(f"{3.0:n}", f"{1/3:.20f}")
