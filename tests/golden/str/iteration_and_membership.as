# iterate over characters; in tests substrings
for ch in "hé!":
    print(ch, ord(ch))
print(list("abc"), tuple("ab"), set("aaa"))
print("lo w" in "hello world", "low" in "hello world")
print(enumerate("ab").__next__())
