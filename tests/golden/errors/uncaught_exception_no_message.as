# an exception without a message prints just the class name
raise ValueError
