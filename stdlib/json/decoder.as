"""json.decoder: the decoder's names, as CPython's submodule has them
(the code is in json itself)."""

import _json
from json import JSONDecoder, JSONDecodeError

__all__ = ['JSONDecoder', 'JSONDecodeError']


def scanstring(s, end, strict=True):
    """The JSON string whose opening quote is at s[end - 1], and the index
    after its closing quote."""
    return _json.scanstring(s, end, strict, JSONDecodeError)
