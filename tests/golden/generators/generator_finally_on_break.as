# breaking out of a for loop leaves the generator suspended; close() runs finally
def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finalised")
g = gen()
for x in g:
    if x == 2:
        break
print("after break", x)
g.close()
print("end")
