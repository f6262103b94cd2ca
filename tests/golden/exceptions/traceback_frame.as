# traceback objects: tb_frame (f_code, f_lineno), tb_lineno, tb_next
# (aster's tb_frame is a snapshot: f_lineno of a frame still running is
# the traceback's line, not the current one, so it is left out)
def fail():
    raise ValueError("x")


def call():
    fail()


try:
    call()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        f = tb.tb_frame
        if f.f_code.co_name == "<module>":
            print(f.f_code.co_name, f.f_code.co_filename, tb.tb_lineno)
        else:
            print(f.f_code.co_name, f.f_code.co_filename, f.f_lineno, tb.tb_lineno)
        tb = tb.tb_next
