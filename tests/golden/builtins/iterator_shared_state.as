# an iterator is consumed once; iterating it in two places shares its position
it = iter(range(6))
print(list(zip(it, it)))
it = iter("abcdef")
first = next(it)
print(first, "".join(it), list(it))
nums = iter([1, 2, 3, 4, 5])
for n in nums:
    if n == 2:
        break
print(list(nums))
print(3 in iter([1, 2, 3, 4]), list(iter(iter([1, 2]))))
