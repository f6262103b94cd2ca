# open() in text mode: write a file then read it back several ways.
# The file open_write_read.tmp is created in the test's own folder (the
# working directory when the test runs) and is overwritten on every run.
name = "open_write_read.tmp"
with open(name, "w") as f:
    n = f.write("first line\nsecond line\n")
    f.write("ünïcode ☃\n")
    print("write returned", n, f.closed)
print("closed after with:", f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name, "r") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(name, "a") as f:
    print("appended via print", file=f)
with open(name, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
f = open(name, "w")
f.write("")
f.close()
with open(name) as f:
    print(repr(f.read()))
