# opening a file that does not exist raises FileNotFoundError
try:
    open("no_such_file_here.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno)
except OSError as e:
    print("other OSError", e)
try:
    f = open("open_missing_file.as")
    f.close()
    f.read()
except ValueError as e:
    print("ValueError:", e)
