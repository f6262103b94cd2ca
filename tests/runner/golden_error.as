# A golden script that ends in an uncaught exception: its exit status
# (golden_error.rc) and last stderr line (golden_error.err) are checked.
print('before')
{}['missing']
