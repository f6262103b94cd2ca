# case mapping beyond ASCII, including one-to-many mappings
print("straße".upper(), "ÉCOLE".lower(), "ǆ".title(), "İ".lower() == "i\u0307")
print("ΑΒΓ".lower(), "ﬁ".upper(), "Straße".casefold())
print(len("straße".upper()), "ß".upper())
