# Filter by logger name, callables as filters, filters that change records
import logging
import sys

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s: %(message)s"))
root = logging.getLogger()
root.addHandler(h)
h.addFilter(logging.Filter("app.net"))
for name in ("app", "app.net", "app.net.tcp", "app.network"):
    logging.getLogger(name).warning("from %s", name)
h.removeFilter(h.filters[0])
h.addFilter(lambda record: "secret" not in record.getMessage())
logging.getLogger("x").warning("public")
logging.getLogger("x").warning("secret")


class Upper(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.upper()
        return True


lg = logging.getLogger("y")
lg.addFilter(Upper())
lg.warning("shout")
f = logging.Filter()
print(f.filter(logging.makeLogRecord({"name": "anything"})))
rec = logging.makeLogRecord({"name": "n", "msg": "m %s", "args": ("a",), "levelno": 30})
print(rec.name, rec.getMessage(), rec.levelno)
