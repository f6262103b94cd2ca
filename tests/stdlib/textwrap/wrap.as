import textwrap

texts = [
    'The quick brown fox jumps over the lazy dog. ' * 3,
    'this-is-a-hyphenated-word and another well-known co-operative x-ray re-enter',
    'em--dash and---triple dash--word ok-- --start a--b 1--2 x -- y',
    'supercalifragilisticexpialidocious antidisestablishmentarianism',
    '\tTabs\tand\nnewlines\r\nand  double  spaces.',
    'A-B-C-D e-f-g ab-cd-ef abc-def-ghi a1-b2 __init__-ish _a-_b x--',
    '\u00fcn\u00efc\u00f6d\u00e9 w\u00f6rds w\u00efth-hyphens',
    "----- -- -a- --x-- 'quote'--word word.--more",
    '',
    '   leading and trailing   ',
]
for width in (1, 6, 11, 20, 35):
    for text in texts:
        print(width, textwrap.wrap(text, width))
print(textwrap.wrap('short text'))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError', e)
