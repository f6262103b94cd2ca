# LOAD_GLOBAL and module-level name caches must follow rebinding,
# deletion and shadowing of builtins.


def read_len():
    return len('abc')


print([read_len() for _ in range(3)])
len = lambda s: 'a global shadows the builtin'
print([read_len() for _ in range(3)])
del len
print([read_len() for _ in range(3)])

counter = 0


def bump():
    global counter
    counter += 1
    return counter


print([bump() for _ in range(5)])


def missing():
    return not_defined_yet


for attempt in range(2):
    try:
        print(missing())
    except NameError as e:
        print('NameError:', e)
    not_defined_yet = 'now defined'

del not_defined_yet
try:
    print(missing())
except NameError as e:
    print('NameError:', e)

# Module-level loops rebind globals on every turn.
total = 0
for i in range(10):
    total = total + i
print(total)

# Many new globals force the module dict to grow while a site is cached.
def read_total():
    return total


print(read_total())
for i in range(200):
    globals()['g%d' % i] = i
print(read_total(), g199)
