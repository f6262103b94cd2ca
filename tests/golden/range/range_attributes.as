# start/stop/step attributes and iteration restarts
r = range(1, 10, 4)
print(r.start, r.stop, r.step, range(7).start, range(7).step)
print(list(r), list(r), sum(range(101)), bool(range(0)), bool(range(1)))
