# is* predicates, startswith/endswith with tuples and ranges
for s in ("abc", "ABC1", "123", "   ", "", "a b", "٣", "½"):
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isdecimal(), s.isnumeric())
print("hello".startswith("he"), "hello".startswith(("x", "hel")), "hello".endswith("lo", 0, 5))
print("hello".startswith("l", 2), "Name_1".isidentifier(), "1abc".isidentifier())
