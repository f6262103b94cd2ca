# basicConfig: level, format, datefmt, stream, force; a second call does nothing
import logging
import sys

logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format="%(asctime)s %(levelname)s %(name)s: %(message)s")
logging.debug("hidden")
logging.info("shown %s", "here")
logging.basicConfig(level=logging.DEBUG, format="ignored: %(message)s")
logging.debug("still hidden: the second call changed nothing")
print(logging.getLogger().level, len(logging.getLogger().handlers))
logging.basicConfig(force=True, stream=sys.stdout, level="DEBUG",
                    format="%(asctime)s|%(message)s", datefmt="%H:%M")
logging.debug("datefmt")
logging.basicConfig(force=True, stream=sys.stdout)
logging.warning("default format")
logging.error("error %d %s", 3, "x")
logging.critical("critical")
logging.log(logging.WARNING, "via log")
