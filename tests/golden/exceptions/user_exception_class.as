# user exception classes with extra attributes and custom __str__
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__(what, code)
        self.what = what
        self.code = code
    def __str__(self):
        return f"{self.what} not found ({self.code})"
try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, e.args, e.what, e.code, repr(e))
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args, str(e) == "")
