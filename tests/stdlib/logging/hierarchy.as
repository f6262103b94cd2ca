# getLogger: dotted names form a tree; effective level and propagation
import logging
import sys

root = logging.getLogger()
print(root, root is logging.getLogger("root"), root is logging.getLogger(""), root.name)
c = logging.getLogger("a.b.c")
print(c.parent is root)
a = logging.getLogger("a")
print(c.parent is a, a.parent is root)
b = logging.getLogger("a.b")
print(c.parent is b, b.parent is a, logging.getLogger("a.b") is b)
print(a.getChild("b") is b, root.getChild("a") is a)
print(sorted(l.name for l in a.getChildren()))
a.setLevel(logging.ERROR)
print(c.getEffectiveLevel(), c)
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s handled %(message)s"))
a.addHandler(handler)
c.error("from c")
c.warning("below a's level")
root.addHandler(logging.StreamHandler(sys.stdout))
c.error("twice: a's handler and root's")
b.propagate = False
c.error("stops at b: nothing")
b.propagate = True
print(c.hasHandlers(), logging.getLogger("zzz").hasHandlers())
a.removeHandler(handler)
c.critical("root only")
