# format() with specs; ascii() escapes non-ASCII
print(format(12.5, "08.2f"), format(1234567, ","), format(255, "x"), format("ab", "^6"), format(True), format(None))
print(ascii("naïve"), ascii(["é", 1]), ascii("plain"))
