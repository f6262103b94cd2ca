# the for loop variable keeps its last value after the loop
for i in range(3):
    pass
print(i)
for x in []:
    pass
try:
    print(x)
except NameError as e:
    print("NameError:", e)
