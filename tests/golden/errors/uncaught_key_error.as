# a missing dict key: the message is the key's repr
ages = {"ann": 31}
print(ages["ann"])
print(ages["bob"])
