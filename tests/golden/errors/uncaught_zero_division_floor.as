# integer floor division by zero
10 // 0
