"""json.encoder: the encoder's names, as CPython's submodule has them
(the code is in json itself)."""

import _json
from json import JSONEncoder

INFINITY = float('inf')


def encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters kept."""
    return _json.encode_string(s, False)


def encode_basestring_ascii(s):
    """s as a JSON string literal in ASCII, other characters escaped."""
    return _json.encode_string(s, True)
