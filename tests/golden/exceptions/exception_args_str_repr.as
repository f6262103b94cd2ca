# args, str and repr for zero, one and several arguments
for e in (Exception(), Exception("one"), Exception("a", 2), ValueError(42), KeyError("k"), KeyError("k", "v"), OSError("disk full")):
    print(repr(e), "|", str(e), "|", e.args)
