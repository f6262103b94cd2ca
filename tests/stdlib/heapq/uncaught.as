import heapq

heapq.heappop([])
