# Source nested too deeply for the parser or the compiler gives CPython's
# errors (SyntaxError, MemoryError, RecursionError), never a C stack
# overflow; nesting within the limits compiles.
def attempt(source, mode="eval"):
    try:
        compile(source, "s", mode)
        print("compiled")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(type(e).__name__ + ":", e)

attempt("(" * 100000 + ")" * 100000)
attempt("[" * 100000 + "]" * 100000)
attempt("{" * 100000 + "}" * 100000)
attempt("-" * 100000 + "1")
attempt("not " * 100000 + "1")
attempt("1" + "+1" * 100000)
attempt("x" + ".a" * 100000)
attempt("x" + "[0]" * 100000)
attempt("f(" * 10000 + ")" * 10000)
attempt("lambda: " * 10000 + "1")
attempt("1 if x else " * 10000 + "2")
attempt("a" + " < a" * 100000)
attempt("[" * 199 + "]" * 199)
attempt("[" * 200 + "]" * 200)
attempt("".join(" " * i + "if x:\n" for i in range(150)) + " " * 150 + "pass\n", "exec")
attempt("".join(" " * i + "if x:\n" for i in range(99)) + " " * 99 + "pass\n", "exec")
print(eval("(" * 150 + "42" + ")" * 150))
