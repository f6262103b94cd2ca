# Every real-valued distribution, several seeds and parameters.
import random

def show(name, f):
    print(name, [f() for _ in range(4)])

for seed in [1, 2, 100]:
    r = random.Random(seed)
    print('seed', seed)
    show('uniform', lambda: r.uniform(-1, 5))
    show('triangular', lambda: r.triangular())
    show('triangular2', lambda: r.triangular(0, 10, 8))
    show('triangular3', lambda: r.triangular(2, 2, 2))
    show('normalvariate', lambda: r.normalvariate(10, 2))
    show('lognormvariate', lambda: r.lognormvariate(0, 0.5))
    show('expovariate', lambda: r.expovariate(0.5))
    show('vonmisesvariate', lambda: r.vonmisesvariate(1.0, 4.0))
    show('vonmises0', lambda: r.vonmisesvariate(1.0, 0.0))
    show('gamma<1', lambda: r.gammavariate(0.4, 2.0))
    show('gamma=1', lambda: r.gammavariate(1.0, 3.0))
    show('gamma>1', lambda: r.gammavariate(5.5, 1.0))
    show('betavariate', lambda: r.betavariate(2.0, 5.0))
    show('paretovariate', lambda: r.paretovariate(3.0))
    show('weibullvariate', lambda: r.weibullvariate(1.0, 1.5))
    show('expovariate default', lambda: r.expovariate())
    show('normal default', lambda: r.normalvariate())

for args in [(0, 1), (1, 0), (-1, 2)]:
    try:
        random.gammavariate(*args)
    except ValueError as e:
        print(type(e).__name__, e)
