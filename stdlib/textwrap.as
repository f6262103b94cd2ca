"""Wrapping and filling text: wrap, fill, shorten, dedent, indent and
TextWrapper.  The text is cut into chunks (words, runs of whitespace,
pieces of hyphenated words) exactly where CPython's word-separating
regular expression would cut it, by a hand-written scanner."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_blank_out = {ord(c): ' ' for c in _whitespace}


def _is_word(c):
    # re's \w: alphanumeric or underscore.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a decimal digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dash_run_then_word(text, i):
    """Whether text[i:] is two or more '-' followed by a word character."""
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _hyphen_breaks_after(text, end):
    """Whether a word may be cut just after the '-' at text[end]: letters
    on both sides (two before it, or letter-hyphen-letter before it)."""
    n = len(text)
    if end + 1 >= n or not _is_letter(text[end + 1]):
        return False
    after = text[end + 2] if end + 2 < n else ''
    if not (after and _is_letter(after)):
        if not (after == '-' and end + 3 < n and _is_letter(text[end + 3])):
            return False
    if end >= 2 and _is_letter(text[end - 2]) and _is_letter(text[end - 1]):
        return True
    return (end >= 3 and _is_letter(text[end - 3]) and text[end - 2] == '-'
            and _is_letter(text[end - 1]))


def _word_end(text, i, stop):
    """The end of the chunk starting at i inside the run of non-whitespace
    text[i:stop]: the shortest piece that ends the run, ends at a
    breakable hyphen, or stops before an em-dash (all but the first need
    a '-' at the cut)."""
    j = text.find('-', i + 1, stop)
    while j >= 0:
        if _hyphen_breaks_after(text, j):
            return j + 1
        if _is_word_punct(text[j - 1]) and _dash_run_then_word(text, j):
            return j
        j = text.find('-', j + 1, stop)
    return stop


def _split_run(text, start, stop, chunks):
    """Appends the chunks of the non-whitespace run text[start:stop]."""
    i = start
    while i < stop:
        # An em-dash between words is a chunk of its own; at the start of
        # the run the character before is whitespace, so not here.
        if (i > start and text[i] == '-' and _is_word_punct(text[i - 1])
                and _dash_run_then_word(text, i)):
            j = i
            while text[j] == '-':
                j += 1
        else:
            j = _word_end(text, i, stop)
        chunks.append(text[i:j])
        i = j


def _runs(text, split_words):
    """The chunks of text: each run of whitespace, and each run of
    non-whitespace (cut further by _split_run when split_words).  One
    str.split on a copy with all whitespace made spaces finds the runs."""
    chunks = []
    i = 0
    blank_from = 0
    for piece in text.translate(_blank_out).split(' '):
        if piece:
            if blank_from < i:
                chunks.append(text[blank_from:i])
            if split_words:
                _split_run(text, i, i + len(piece), chunks)
            else:
                chunks.append(piece)      # no whitespace in it, so as in text
            i += len(piece)
            blank_from = i
        i += 1                  # the one whitespace character after piece
    if blank_from < len(text):
        chunks.append(text[blank_from:])
    return chunks


def _ends_sentence(chunk):
    # [a-z][.!?]["']? at the end of the chunk.
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps paragraphs to lines of at most `width` characters; see the
    module functions for the common cases."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_blank_out)
        return text

    def _split(self, text):
        return _runs(text, self.break_on_hyphens is True)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer to cut after a hyphen that fits, unless only
                # hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        chunks.reverse()            # popping from the end takes the next chunk
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]
            cur_line = []
            cur_len = 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1
                                           and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    return lines
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(self.placeholder) <= self.width:
                    lines[-1] = prev + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Removes the whitespace (spaces and tabs) that every line with
    something else on it starts with; lines of only spaces and tabs
    become empty."""
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        blanks = line[:len(line) - len(line.lstrip(' \t'))]
        if len(blanks) == len(line):
            lines[k] = ''
            continue
        if margin is None or blanks.startswith(margin):
            if margin is None:
                margin = blanks
        elif margin.startswith(blanks):
            margin = blanks
        else:
            common = 0
            while margin[common] == blanks[common]:
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if line.strip() if predicate is None else predicate(line):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
