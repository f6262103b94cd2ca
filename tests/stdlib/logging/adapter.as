# LoggerAdapter and extra=
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s [%(user)s] %(message)s")
log = logging.getLogger("adapt")
log.warning("extra on one call", extra={"user": "ann"})
ad = logging.LoggerAdapter(log, {"user": "bob"})
ad.warning("through the adapter %d", 1)
ad.info("below WARNING")
ad.error("error")
print(ad, ad.name, ad.isEnabledFor(30), ad.getEffectiveLevel(), ad.manager is log.manager)


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["tag"], msg), kwargs


logging.basicConfig(stream=sys.stdout, format="%(message)s", force=True)
Prefix(log, {"tag": "T"}).warning("prefixed")
try:
    log.warning("clash", extra={"message": "no"})
except KeyError as e:
    print("KeyError:", e)
try:
    log.warning("clash", extra={"name": "no"})
except KeyError as e:
    print("KeyError:", e)
