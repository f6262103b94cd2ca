# generator functions take arguments and see enclosing variables
def make(step):
    def counter(start, stop):
        i = start
        while i < stop:
            yield i
            i += step
    return counter
print(list(make(3)(0, 10)), list(make(5)(1, 20)))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks("abcdefg", 3)), list(chunks([1, 2, 3, 4], 2)))
