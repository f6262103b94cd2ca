# lambdas: defaults, immediate calls, as key functions, closures
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: "called")(), (lambda *a, **k: (a, k))(1, x=2))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
make = lambda n: lambda x: x * n
print(make(3)(7), add.__name__)
