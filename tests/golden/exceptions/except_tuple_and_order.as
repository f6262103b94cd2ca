# except (A, B) catches either; the first matching clause wins
for exc in (ValueError("v"), TypeError("t"), KeyError("k"), ZeroDivisionError("z")):
    try:
        raise exc
    except (ValueError, TypeError) as e:
        print("tuple clause", repr(e))
    except LookupError as e:
        print("lookup clause", repr(e))
    except Exception as e:
        print("generic clause", repr(e))
