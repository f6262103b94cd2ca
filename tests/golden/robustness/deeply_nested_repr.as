# repr of a list nested 100 deep works; printing one nested 100000 deep raises RecursionError
# gc-stress: skip -- too slow when the collector runs at every allocation
x = []
for _ in range(100):
    x = [x]
r = repr(x)
print(len(r), r[:5], r[-5:])
y = []
for _ in range(100000):
    y = [y]
try:
    repr(y)
except RecursionError as e:
    print("RecursionError caught")
print("still alive")
