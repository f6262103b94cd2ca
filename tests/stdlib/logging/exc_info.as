# exception(), exc_info=..., stack_info and the formatter's traceback
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(message)s")
log = logging.getLogger("exc")


def fail():
    raise KeyError("missing")


try:
    fail()
except KeyError:
    log.exception("caught %s", "it")
try:
    fail()
except KeyError as e:
    log.error("exc_info=True", exc_info=True)
    log.warning("exc_info=the exception", exc_info=e)
    log.info("info is below WARNING", exc_info=True)
    saved = sys.exc_info()
log.error("exc_info=a tuple, outside the handler", exc_info=saved)
log.error("exc_info=True with nothing being handled", exc_info=True)


class FirstAndLast(logging.Handler):
    def emit(self, record):
        lines = record.stack_info.splitlines()
        print(record.getMessage(), lines[0], lines[-2:])


log.addHandler(FirstAndLast())
log.propagate = False


def deep():
    log.critical("stack", stack_info=True)


deep()
