import json
import json.decoder
import json.encoder
from json.decoder import JSONDecodeError, scanstring

print(json.decoder.JSONDecoder is json.JSONDecoder, JSONDecodeError is json.JSONDecodeError)
print(json.encoder.JSONEncoder is json.JSONEncoder, json.encoder.INFINITY)
print(scanstring('"abc" rest', 1), scanstring('x"a\\u00e9\\n"', 2))
print(json.encoder.encode_basestring('é"\n'), json.encoder.encode_basestring_ascii('é"\n😀'))
try:
    scanstring('"abc', 1)
except JSONDecodeError as e:
    print(e)
print(json.detect_encoding(b'{"a": 1}'), json.detect_encoding(b'\xef\xbb\xbf[]'))
print(json.detect_encoding(b'\x00[\x00]'), json.detect_encoding(b'[\x00\x00\x00'))
