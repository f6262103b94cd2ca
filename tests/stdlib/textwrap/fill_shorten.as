import textwrap

print(textwrap.fill('hello world ' * 10, 25))
print(textwrap.fill('a b c', width=1, initial_indent='> '))
for width in (5, 11, 12, 20, 40):
    print(repr(textwrap.shorten('Hello  world!   This is   a test.', width)))
print(textwrap.shorten('Hello world!', width=11, placeholder='...'))
print(repr(textwrap.shorten('   ', 10)))
try:
    textwrap.shorten('Hello world', 3)
except ValueError as e:
    print('ValueError', e)
