from string import Formatter

f = Formatter()
print(f.format('{} {} {name!r:>8} {0[1]} {x.real}', 'ab', 2, name='n', x=3))
print(f.format('{:{}}|{:>{w}}|', 'a', 5, 'b', w=4))
print(f.vformat('{a}-{b}', (), {'a': 1, 'b': 2}))
print(list(f.parse('a{b!r:c}d{{e}}{}')))
print(list(f.parse('')), list(f.parse('plain')))
print(f.format('{0.__class__.__name__} {d[key]} {0!s:*^7}', 1, d={'key': 'v'}))
print(f.get_field('0', (9,), {}), f.get_value('k', (), {'k': 1}), f.convert_field(1, 'r'), f.format_field(3.5, '.2f'))
for bad in ['{', '}', '{0!x}', '{}{0}', '{0}{}', '{5}', '{nope}', '{0', 'x}y']:
    try:
        print(f.format(bad, 1, 2))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)


class Upper(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)


print(Upper().format('{} and {missing} and {x:>4}', 'abc', x='y'))
