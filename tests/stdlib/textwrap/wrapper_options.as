import textwrap

text = ('Hello there, how are you this fine day?  I\'m glad to hear it! '
        'A well-known, long-winded\tstatement follows: pneumonoultramicroscopic. "Quoted." next')
options = [
    {},
    {'break_on_hyphens': False},
    {'break_long_words': False},
    {'drop_whitespace': False},
    {'fix_sentence_endings': True},
    {'replace_whitespace': False, 'expand_tabs': False},
    {'tabsize': 2},
    {'initial_indent': '* ', 'subsequent_indent': '    '},
    {'break_long_words': False, 'break_on_hyphens': False},
]
for width in (8, 15, 30):
    for opts in options:
        w = textwrap.TextWrapper(width=width, **opts)
        print(width, opts, w.wrap(text))
w = textwrap.TextWrapper()
print(w.width, repr(w.initial_indent), w.expand_tabs, w.tabsize, w.max_lines, repr(w.placeholder))
w.width = 20
print(w.fill('one two three four five six seven eight nine ten'))
