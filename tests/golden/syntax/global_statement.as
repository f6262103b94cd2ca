# global lets a function rebind a module-level name
counter = 0

def bump():
    global counter
    counter += 1

def read():
    return counter

for _ in range(3):
    bump()
print(counter, read())

def make():
    global created
    created = "yes"

make()
print(created)
