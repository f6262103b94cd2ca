# sort with key and reverse; sorted() leaves the original alone
words = ["banana", "Apple", "cherry", "date", "Elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted({3: "c", 1: "a"}), sorted("hello"))
