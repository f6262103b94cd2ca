import collections.abc as cabc
from collections.abc import *
print(isinstance([], Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance('', Sequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance({}.keys(), Set), isinstance(set(), MutableSet), isinstance(frozenset(), Set))
print(isinstance(1, Hashable), isinstance([], Hashable), isinstance(iter([]), Iterator), isinstance([], Iterable), isinstance(len, Callable))
def g(): yield
async def c(): pass
async def ag(): yield
co = c()
print(isinstance(g(), Generator), isinstance(co, Coroutine), isinstance(co, Awaitable), isinstance(ag(), AsyncGenerator), isinstance(ag(), AsyncIterator))
co.close()
print(issubclass(dict, Sized), issubclass(int, Sized), issubclass(str, Collection), issubclass(list, Reversible), issubclass(dict, Reversible))
class MyMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap()
m.update(a=1, b=2)
print(m.get('a'), 'b' in m, list(m.items()), list(m.keys()), list(m.values()), m.pop('a'), m.setdefault('c', 3), len(m), m == {'b': 2, 'c': 3})
print(type(m.keys()).__name__, m.popitem(), isinstance(m, Mapping), isinstance(m, dict))
try:
    class Half(Mapping):
        def __getitem__(self, k): return 1
    Half()
except TypeError as e:
    print(e)
class Seq(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
s = Seq()
print(list(s), 20 in s, list(reversed(s)), s.index(20), s.count(10))
class S(Set):
    def __init__(self, it): self.items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S([1,2,3,4]), a == S([3,2,1]), a.isdisjoint([9]))
print(Iterable[int], Callable[[int], str], Mapping[str, int], cabc.Sequence)

class Countdown(Iterator):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__)

class Bag(MutableSet):
    def __init__(self, it=()):
        self.items = set(it)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(sorted(self.items))
    def __len__(self):
        return len(self.items)
    def add(self, x):
        self.items.add(x)
    def discard(self, x):
        self.items.discard(x)

bag = Bag([3, 1])
bag |= [5]
bag -= [1]
print(list(bag), bag.pop(), list(bag))
try:
    bag.remove(42)
except KeyError as e:
    print('KeyError', e)

class Stack(MutableSequence):
    def __init__(self):
        self.data = []
    def __getitem__(self, i):
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __len__(self):
        return len(self.data)
    def insert(self, i, v):
        self.data.insert(i, v)

st = Stack()
st.extend([1, 2, 3])
st.append(4)
st += [5]
st.reverse()
print(st.data, st.pop(), st.pop(0), st.index(3), 2 in st)
st.remove(3)
print(st.data)
try:
    st.index(99)
except ValueError:
    print('ValueError')

from collections import deque, OrderedDict, Counter, defaultdict
print(isinstance(deque(), MutableSequence), isinstance(OrderedDict(), MutableMapping), isinstance(Counter(), Mapping))
print(isinstance(range(3), Sequence), isinstance(b'', Sequence), isinstance(frozenset(), Hashable), isinstance({}.items(), ItemsView))
