# basicConfig's argument errors
import logging
import sys

for kwargs in ({"stream": sys.stdout, "filename": "x.log"},
               {"handlers": [logging.NullHandler()], "stream": sys.stdout},
               {"style": "?"},
               {"stream": sys.stdout, "bogus": 1, "other": 2},
               {"format": "no fields", "force": True},
               {"format": "{no_brace_fields", "style": "{", "force": True}):
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.getLogger().setLevel(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    logging.getLogger().log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError:", e)
