# an uncaught exception prints a traceback to stderr and exits with status 1
print("output before the error is kept")
raise RuntimeError("fatal problem")
