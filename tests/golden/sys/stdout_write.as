# sys.stdout.write returns the number of characters written and adds no newline
import sys
n = sys.stdout.write("abc")
m = sys.stdout.write("é☃\n")
print(n, m)
sys.stdout.write("line\n")
sys.stdout.flush()
print("after flush")
