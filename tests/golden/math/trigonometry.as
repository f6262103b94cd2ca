# sin/cos/tan and inverses, degrees/radians
import math
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), math.tan(math.pi / 4))
print(round(math.sin(math.pi), 12), math.atan2(1, 1), math.asin(1), math.acos(1), math.atan(1))
print(math.degrees(math.pi), math.radians(180), math.cos(math.radians(60)))
