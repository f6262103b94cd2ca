# int() of a non-numeric string
int("forty-two")
