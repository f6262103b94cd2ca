# print(file=sys.stderr) goes to stderr, not stdout
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
sys.stderr.write("written to stderr\n")
print("stdout again")
