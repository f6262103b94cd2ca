# FileHandler and basicConfig(filename=, filemode=)
import logging

name = "file_handler_test.log"
logging.basicConfig(filename=name, filemode="w", level=logging.INFO,
                    format="%(levelname)s:%(message)s")
logging.info("first")
logging.warning("second")
h = logging.getLogger().handlers[0]
print(type(h).__name__, h.baseFilename.endswith(name), h.mode)
h.close()
with open(name) as f:
    print(f.read(), end="")
fh = logging.FileHandler(name, mode="a")
log = logging.getLogger("file")
log.addHandler(fh)
log.propagate = False
log.error("appended")
fh.close()
with open(name) as f:
    print(f.read(), end="")
dh = logging.FileHandler(name, mode="w", delay=True)
print(dh.stream)
dh.close()
logging.shutdown()
with open(name, "w") as f:
    pass
