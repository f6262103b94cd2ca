# dict equality compares contents, not insertion order
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})
print({} == {}, {1: [1, 2]} == {1: [1, 2]}, {"a": 1} == [("a", 1)])
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError:", e)
