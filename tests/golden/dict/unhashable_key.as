# lists, dicts and sets cannot be dict keys
for key in ([1], {"a": 1}, {1}):
    try:
        {key: 1}
    except TypeError as e:
        print("TypeError:", e)
try:
    {}.get([1])
except TypeError as e:
    print("TypeError:", e)
