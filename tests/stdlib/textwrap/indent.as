from textwrap import indent

print(repr(indent('a\nb\n\n  \nc', '> ')))
print(repr(indent('a\nb\n\nc\r\nd', '+', lambda line: True)))
print(repr(indent('one\ntwo\n', '  ', lambda line: line.startswith('t'))))
print(repr(indent('', 'x')), repr(indent('\n', 'x')), repr(indent('x\u2028y', '-')))
