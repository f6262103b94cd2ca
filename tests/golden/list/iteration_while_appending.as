# a for loop over a list sees items appended during the loop
a = [1, 2, 3]
for x in a:
    if x < 4:
        a.append(x + 3)
print(a)
