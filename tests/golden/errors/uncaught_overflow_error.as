# float overflow in exponentiation
x = 10.0 ** 400
