# adjacent literal concatenation, raw strings, escapes, triple quotes
s = "abc" 'def' "ghi"
print(s)
print(r"a\nb", len(r"a\nb"))
print("tab:\t|", "nl escaped:\\n")
print("\x41\u00e9\U0001F600\101\41")
t = """line1
line2 'quoted' "double"
line3"""
print(t)
print('''it's''')
print("a\
b")
