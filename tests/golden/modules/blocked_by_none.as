# A module whose sys.modules entry is None cannot be imported
# (ModuleNotFoundError); removing the entry lets it import again.
import sys
sys.modules['json'] = None
try:
    import json
except ImportError as e:
    print(type(e).__name__, e)
try:
    from json import dumps
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules['json']
import json
print(json.dumps([1]))
