# Found by fuzz_run (clang's UBSan) running the seed corpus: dict.__init__
# reached with no arguments at all (no argument array) computed where its
# keyword values would start from a NULL pointer.
from collections import OrderedDict


class Plain(dict):
    def __init__(self):
        super().__init__()


print(OrderedDict(), Plain(), dict.__init__({}), dict())
