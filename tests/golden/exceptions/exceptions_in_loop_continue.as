# handling errors per item and continuing the loop
results = []
for s in ["1", "x", "3", "", "5"]:
    try:
        results.append(int(s))
    except ValueError as e:
        print("skip:", e)
        continue
print(results, sum(results))
