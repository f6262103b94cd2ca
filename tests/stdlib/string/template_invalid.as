# Placeholders that are not identifiers: substitute reports where,
# safe_substitute leaves them, is_valid says so.
from string import Template

for s in ['$', 'abc $', 'a\nb $ c', 'x ${a', '${}', '$1', 'line1\nline2\n  $!', '${a b}', '$a $']:
    t = Template(s)
    print(repr(s), t.is_valid(), repr(t.safe_substitute(a=1)), t.get_identifiers())
    try:
        print(repr(t.substitute(a=1)))
    except ValueError as e:
        print('ValueError', e)
