# An instance keeps its class alive after the last other reference to the
# class is gone (this crashed under --gc-stress when instances did not
# mark their class).


def make(n):
    class Local:
        def hello(self):
            return 'instance %d of a local class' % n
    return Local()


objs = [make(i) for i in range(3)]
junk = [[i] * 10 for i in range(3000)]
print([o.hello() for o in objs])
print([type(o).__name__ for o in objs])
