# continue skips to the next iteration, break leaves only the innermost loop
for i in range(4):
    for j in range(4):
        if j == i:
            continue
        if j > 2:
            break
        print(i, j, end="; ")
    print()
out = []
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    out.append(i)
print(out)
