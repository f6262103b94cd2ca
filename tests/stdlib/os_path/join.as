from os.path import join

print(join('a'), join('a', 'b'), join('a/', 'b'), join('a', '/b', 'c'), join('', 'x'))
print(join('/', 'usr', 'lib'), join('a', ''), join('a', '', 'b'), join('//a', 'b//'))
for bad in [('a', 1), (None, 'a'), ('a', b'b')]:
    try:
        join(*bad)
    except TypeError as e:
        print('TypeError', e)
