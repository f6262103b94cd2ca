# A first aster script: plain Python you already know.
def greet(name, punctuation='!'):
    return f'Hello, {name}{punctuation}'


names = ['world', 'aster']
for n in names:
    print(greet(n))
print(sum(len(n) for n in names), 'letters in all')
