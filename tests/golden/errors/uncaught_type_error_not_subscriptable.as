# subscripting something that is not subscriptable
n = None
n[0]
