# else runs only without an exception, finally always runs last
def run(fail):
    try:
        print("  try")
        if fail:
            raise ValueError("bad")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")
print("no error:")
run(False)
print("error:")
run(True)
