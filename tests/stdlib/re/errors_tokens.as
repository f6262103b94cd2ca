import re

# Errors whose position or text depends on how CPython tokenizes: a
# final lone backslash, ranges naming escapes, references inside
# look-behinds, escaped parentheses in comments, unknown extensions.
patterns = ['+\\', '\\x4\\', '(?i)*\\', '(a\\', 'ab\\\\', '(?#a\\', '[a-\\12*', '[a-\\x41',
            '[^(?i)\\u00e9-(?i)', '[\\d-z]', '[z-\\w]', '(a)(?<=\\1)', '(?<=(a)\\1)x', '(a)(?<=(?(1)b|c))',
            '(?<=-(?(1)é', '(?P<m>a)(?<=(?P=m))', '(?<=(?P<m>a)(?P=m))', '(?#a\\)b)c', '(?#a\\)b',
            '(?é)', '(?P\\d)', '(?<\\w)', '(?P', '(?<', '(?\\u00e9']
for p in patterns:
    try:
        c = re.compile(p)
        print(repr(p), 'compiled', c.findall('ab c)'))
    except re.error as e:
        print(repr(p), '|', e)
