# sys.exit(3) ends the program with exit status 3; later code does not run
import sys
print("before exit")
sys.exit(3)
print("not reached")
