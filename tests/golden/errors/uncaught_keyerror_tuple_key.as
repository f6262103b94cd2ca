# a missing tuple key is shown as the tuple
grid = {(0, 0): "x"}
grid[(1, 2)]
