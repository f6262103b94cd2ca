# integer modulo by zero
10 % 0
