# Handler subclasses, StreamHandler, NullHandler, levels on handlers
import logging
import sys


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


log = logging.getLogger("h")
log.setLevel(logging.DEBUG)
lh = ListHandler()
lh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(lh)
sh = logging.StreamHandler(sys.stdout)
sh.setLevel(logging.WARNING)
log.addHandler(sh)
log.addHandler(logging.NullHandler())
log.debug("debug")
log.warning("warning")
print(lh.records)
print(repr(lh), repr(sh), repr(logging.NullHandler()))
print(logging.StreamHandler().stream is sys.stderr)
old = sh.setStream(sys.stdout)
print(old)
sh.terminator = " <end>\n"
log.error("custom terminator")
lh.name = "mine"
print(lh.name, logging.getHandlerByName("mine") is lh)
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
log.removeHandler(lh)
log.warning("bad format %d", "not a number")
print("after the logging error")
