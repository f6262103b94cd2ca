# strip/lstrip/rstrip with and without chars; removeprefix/removesuffix
s = "  \t hi there \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."))
print("test_case.as".removesuffix(".as"), "test_case".removeprefix("test_"), "abc".removeprefix("z"))
