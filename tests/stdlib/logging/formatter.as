# Formatter: the record attributes, % and { styles, defaults, times
import logging
import sys

log = logging.getLogger("fmt")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)
log.setLevel(logging.DEBUG)


def use(fmt, **kwargs):
    h.setFormatter(logging.Formatter(fmt, **kwargs))


def where():
    log.info("inside a function")


use("%(levelname)s|%(levelno)d|%(name)s|%(message)s|%(funcName)s|%(lineno)d|%(filename)s|%(module)s")
log.info("hello %s", "world")
where()
use("%(asctime)s %(msecs)03d %(created)d")
log.info("times")
use("%(asctime)s", datefmt="%Y/%m/%d %H-%M-%S")
log.info("datefmt")
use("{levelname:>8} {name} {message!r}", style="{")
log.warning("brace style")
use("%(levelname)s %(custom)s", defaults={"custom": "default value"})
log.info("defaults")
use("$levelname ${name}: $message $$ ${message}s", style="$")
log.info("template style")
use("%(taskName)s %(threadName)s %(processName)s")
log.info("who")
use("%(message)s %(pathname)s")
log.info("a dict %(a)d %(b)s", {"a": 1, "b": "two"})
log.info("%d%% done", 50)
f = logging.Formatter()
print(repr(f._fmt), f.datefmt)
print(logging.Formatter("%(message)s").usesTime(), logging.Formatter("%(asctime)s").usesTime())
