# for/else: else runs only when the loop was not broken
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([4, 5, 6], 5)
find([4, 5, 6], 9)
find([], 1)
