# sys.argv[0] is the script path as given; no extra arguments here
import sys
print(sys.argv[0].endswith("argv_script_name.as"), len(sys.argv), type(sys.argv).__name__)
