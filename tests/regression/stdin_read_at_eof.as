# Crashed before (UBSan under clang): reading a line from an empty stdin
# offset the file's NULL read buffer (obj_file.c, read_line).
import sys
print(repr(sys.stdin.readline()))
print(sys.stdin.readlines())
print(repr(sys.stdin.read()))
