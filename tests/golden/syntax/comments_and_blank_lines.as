# comments, blank lines and a trailing comment at end of file do nothing

# a comment line


def f():
    # comment in body

    return 1  # trailing


print(f())  # done
# final comment without newline at end