# except Exception does not catch SystemExit/KeyboardInterrupt; except BaseException does
for exc in (SystemExit(2), KeyboardInterrupt(), ValueError()):
    try:
        try:
            raise exc
        except Exception:
            print("Exception caught", type(exc).__name__)
    except BaseException as b:
        print("BaseException caught", type(b).__name__)
