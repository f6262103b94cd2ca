# An error from random as a traceback shows it.
import random

random.seed(0)
print(random.randrange(3, 9))
random.choice([])
