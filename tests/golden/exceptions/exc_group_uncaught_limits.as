# The report's limits: at most 15 members per group, at most 10 levels


wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
also = ExceptionGroup("w2", [ValueError(i) for i in range(16)])
deep = ExceptionGroup("deep", [KeyError("bottom")])
for i in range(11):
    deep = ExceptionGroup("d%d" % i, [deep])
raise ExceptionGroup("o", [wide, also, deep])
