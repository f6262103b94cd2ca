# a one-letter name still gets a "Did you mean" hint in the uncaught report
ab = 1
b
