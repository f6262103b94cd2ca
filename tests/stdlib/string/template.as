from string import Template

t = Template('$who likes $what; ${who}s cost $$10 $_x1')
print(t.template)
print(t.substitute(who='tim', what='kung pao', _x1=1))
print(t.substitute({'who': 'a', 'what': 'b', '_x1': 2}, what='keyword wins'))
print(t.safe_substitute(who='x'))
print(t.safe_substitute({}))
print(t.get_identifiers(), t.is_valid())
print(Template('$a$b${c}d $Abc_ ${ABC}').substitute(a=1, b=2, c=3, Abc_=4, ABC=5))
try:
    Template('$missing here').substitute()
except KeyError as e:
    print('KeyError', e)
try:
    t.substitute({}, {})
except TypeError as e:
    print('TypeError', e)


class Percent(Template):
    delimiter = '%'


print(Percent('%x and %% and %{y} but $z').substitute(x=1, y=2))
print(Template.delimiter, Percent.delimiter)


class OnlyGetitem:
    def __getitem__(self, key):
        if key == 'x':
            return 'from getitem'
        raise KeyError(key)


print(Template('$x and $y').substitute(OnlyGetitem(), y='kw'))
print(Template('$x and $z').safe_substitute(OnlyGetitem(), y='kw'))
