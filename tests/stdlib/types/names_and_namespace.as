# types: the names of the interpreter's own types, and SimpleNamespace
# (repr with recursion, equality, attribute changes, its error).
import types
print(types.FunctionType, types.LambdaType is types.FunctionType, types.MethodType, types.GeneratorType)
print(types.CoroutineType, types.AsyncGeneratorType, types.ModuleType, types.NoneType, types.EllipsisType)
print(types.GenericAlias, types.UnionType, types.CellType, types.CodeType, types.TracebackType)
print(types.BuiltinFunctionType, types.NotImplementedType)
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns == types.SimpleNamespace(a=1, b='x'), ns != types.SimpleNamespace(), repr(types.SimpleNamespace()))
ns.c = [ns]
print(ns, ns.a, vars(ns)['b'])
del ns.c
print(ns)
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
