# s_re: regular expressions: per line a match with groups, a findall and a sub, N lines.
import re
import sys

LINE = re.compile(r'(?P<key>\w+)=(?P<value>\d+)')


def work(n):
    total = 0
    text = 'alpha=1 beta=22 gamma=333 délta=4444'
    for i in range(n):
        m = LINE.search(text, i % 5)
        total += int(m.group('value')) + len(m.group(1))
        total += len(re.findall(r'\d+', text))
        total += len(re.sub(r'[aeiou]', '', text))
    return total


n = 100000
if len(sys.argv) > 1:
    n = int(sys.argv[1])
print(f"s_re n={n} total={work(n)}")
