# strings compare by code point, lexicographically
print("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(max("hello"), min("hello"), "Z" < "a" < "é")
print("abc" == "abc", "abc" != "ABC", "a" * 3 == "aaa")
