from textwrap import dedent

cases = [
    '  a\n    b\n  \n\t c\n',
    '    a\n    b\n   \n      c',
    '\ta\n    b\n',
    '  x\n \ty\n',
    '',
    '\n\n  \n',
    'no indent\n  some',
    '  \r\n  x\n',
    '        def f():\n            return 1\n',
    ' a\n  b\n   c',
]
for text in cases:
    print(repr(dedent(text)))
