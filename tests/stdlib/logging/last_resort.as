# no handlers: WARNING and above go to sys.stderr bare (the last resort)
import logging
import sys

sys.stderr = sys.stdout
log = logging.getLogger("lonely")
log.info("info is below the last resort's level")
log.warning("a bare warning %d", 1)
log.error("a bare error")
print(logging.lastResort, logging.getLogger().handlers)
logging.lastResort = None
log.warning("no handler at all")
log.warning("said only once")
