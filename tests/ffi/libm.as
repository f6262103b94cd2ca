# libm through ffi: a double -> double function (cos), an out-pointer
# argument (frexp writes the exponent into an int we allocate), a float
# function (sqrtf rounds to single precision) and type names as strings.
import ffi

libm = ffi.load("libm.so.6")
cos = libm.func("cos", ffi.double, [ffi.double])
print(cos(0.0), cos(0))              # an int argument converts to double
print(cos)

frexp = libm.func("frexp", "double", ["double", "int*"])
exp = ffi.new(ffi.int)
print(frexp(8.0, exp), exp.value)    # 8 = 0.5 * 2**4
print(frexp(-3.0, exp), exp.value)   # -3 = -0.75 * 2**2
print(frexp(0.0, exp), exp.value)

sqrtf = libm.func("sqrtf", ffi.float, [ffi.float])
print(sqrtf(4.0), sqrtf(2.0))        # 1.4142135381698608 is float32's sqrt(2)

ldexp = libm.func("ldexp", ffi.double, [ffi.double, ffi.int])
print(ldexp(0.75, 3))
print(libm.name, libm)
