# str is a sequence of code points, not bytes
s = "héllo wörld ☃ 😀"
print(len(s), s[1], s[-1], s[12], s[::-1])
print(len("😀"), len("😀".encode("utf-8")), len("é".encode()))
print([ord(c) for c in "aé☃😀"])
print(chr(233), chr(0x1F600), chr(9731), "\u00e9" == "é")
print("😀" < "😁", "é" > "e", sorted("čab"))
