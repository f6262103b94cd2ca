# list method failures raise with CPython's messages
a = [1, 2]
for fn in (lambda: [].pop(), lambda: a.pop(5), lambda: a.remove(9), lambda: a.index(9), lambda: a[2], lambda: a.insert()):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
