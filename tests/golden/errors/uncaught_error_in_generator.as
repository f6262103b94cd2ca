# an exception inside a generator propagates to the consumer
def gen():
    yield 1
    raise ValueError("generator failed")
for x in gen():
    print("got", x)
