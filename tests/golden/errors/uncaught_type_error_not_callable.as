# calling something that is not callable
value = 5
value()
