# __exit__ runs when a with block is left by return, break or continue
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
    def __exit__(self, *a):
        print("exit", self.tag, a)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM(i):
        if i == 0:
            continue
        if i == 1:
            break
print("end")
