# get() on a var with no value and no default raises LookupError(var), uncaught here
from contextvars import ContextVar

request_id = ContextVar('request_id')
print(request_id.get(None))


def handler():
    return request_id.get()


handler()
