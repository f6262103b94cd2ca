# conform: skip -- helper module imported by the tests in this folder
print("helper_mod is being imported, __name__ =", __name__)
GREETING = "hello from helper"
_private = "underscore name"
counter = 0

def greet(name):
    return f"{GREETING}, {name}"

def bump():
    global counter
    counter += 1
    return counter

class Widget:
    def __init__(self, size):
        self.size = size
    def __repr__(self):
        return f"Widget({self.size})"

if __name__ == "__main__":
    print("helper_mod run as a script")
