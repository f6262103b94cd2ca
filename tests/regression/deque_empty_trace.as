# Found by fuzz_run (clang's UBSan): a collection tracing an empty deque
# whose buffer was never allocated added its head offset to a NULL pointer.
# gcc's UBSan does not check this; the fuzz targets take this file as a seed.
import gc
from collections import deque

empty = deque()
bounded = deque(maxlen=3)
cleared = deque([1, 2])
cleared.clear()
gc.collect()
print(len(empty), len(bounded), bounded.maxlen, len(cleared))
