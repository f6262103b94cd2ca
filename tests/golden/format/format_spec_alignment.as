# width, fill and alignment for strings and numbers
print(f"[{'ab':5}]", f"[{'ab':<5}]", f"[{'ab':>5}]", f"[{'ab':^5}]", f"[{'ab':*^6}]")
print(f"[{42:5}]", f"[{42:<5}]", f"[{42:^5}]", f"[{-42:=6}]", f"[{42:0=6}]", f"[{-42:06}]")
print(f"[{'abcdef':.3}]", f"[{'abc':>6.2}]")
