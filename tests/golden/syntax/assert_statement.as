# assert passes silently on truth and raises AssertionError with the message
assert True
assert 1 == 1, "never shown"
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("caught empty:", repr(e), e.args)
