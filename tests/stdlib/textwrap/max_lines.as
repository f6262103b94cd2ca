import textwrap

text = 'The quick brown fox jumps over the lazy dog and keeps running far away.'
for width in (10, 15, 30):
    for max_lines in (1, 2, 3, 10):
        for placeholder in (' [...]', '...', ' ~'):
            try:
                print(width, max_lines, textwrap.wrap(text, width, max_lines=max_lines, placeholder=placeholder))
            except ValueError as e:
                print(width, max_lines, 'ValueError', e)
print(textwrap.wrap('aaaaaaaaaaaaaaaaaaaa bb', 10, max_lines=2))
print(textwrap.wrap('one two', 10, max_lines=1, initial_indent='>>>'))
try:
    textwrap.wrap(text, 5, max_lines=1, placeholder=' [......]')
except ValueError as e:
    print('ValueError', e)
