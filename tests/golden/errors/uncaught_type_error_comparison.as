# ordering comparison between unrelated types
print(1 < "2")
