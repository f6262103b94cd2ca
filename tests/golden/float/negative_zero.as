# -0.0 equals 0.0 but keeps its sign in repr and arithmetic
z = -0.0
print(z, z == 0.0, 0.0 * -1, -0.0 + 0.0, abs(z), str(-0.0), repr(-0.0 * 5))
print(round(-0.4), round(-0.4, 1), int(-0.0))
