# TypeError messages for wrong calls
def two(a, b):
    pass
def opt(a, b=1):
    pass
calls = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, b=2, c=3),
    lambda: two(1, a=1),
    lambda: opt(1, 2, 3),
    lambda: opt(),
    lambda: two(*[1, 2, 3]),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
