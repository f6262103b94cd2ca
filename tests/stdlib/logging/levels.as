# levels and their names
import logging

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR,
      logging.CRITICAL, logging.FATAL, logging.NOTSET)
for level in (0, 10, 20, 30, 40, 50, 15, "INFO", "WARN", "FATAL", "NOPE"):
    print(repr(logging.getLevelName(level)))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(sorted(logging.getLevelNamesMapping().items()))
log = logging.getLogger("lv")
print(log.level, log.getEffectiveLevel(), log.isEnabledFor(20), log.isEnabledFor(30))
log.setLevel("DEBUG")
print(log.level, log.isEnabledFor(10), log.isEnabledFor(5))
log.setLevel(logging.NOTSET)
logging.disable(logging.WARNING)
print(log.isEnabledFor(30), log.isEnabledFor(40))
logging.disable(logging.NOTSET)
print(log.isEnabledFor(30))
