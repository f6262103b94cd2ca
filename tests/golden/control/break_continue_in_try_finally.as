# finally runs when break or continue leave a try block
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 1:
            break
    finally:
        print("finally", i)
print("after loop")
for i in range(2):
    try:
        pass
    finally:
        if i == 0:
            continue
    print("body end", i)
