# inf and nan: creation, arithmetic, comparisons, reprs
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("NaN"))
print(inf + 1, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, inf > 10**400, -inf < -10**400)
print(1e308 * 10, -1e308 * 10)
print([nan] == [nan], nan in [nan])
x = nan
print(x is x, [x] == [x])
