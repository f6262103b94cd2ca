# isclose tolerances and exact fsum
import math
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(sum([0.1] * 10), math.fsum([0.1] * 10))
