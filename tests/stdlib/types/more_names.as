# types.BuiltinMethodType, WrapperDescriptorType, GetSetDescriptorType.
import types

print(types.BuiltinMethodType is types.BuiltinFunctionType)
print(isinstance(len, types.BuiltinMethodType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(lambda: 0, types.BuiltinMethodType), isinstance(print, types.BuiltinMethodType))
print(isinstance(object.__init__, types.WrapperDescriptorType),
      isinstance(object.__repr__, types.WrapperDescriptorType),
      isinstance(int.__add__, types.WrapperDescriptorType))
print(isinstance(len, types.WrapperDescriptorType), isinstance((1).__add__, types.WrapperDescriptorType))
print(object.__repr__(types).startswith('<module object at 0x'))
print(types.WrapperDescriptorType.__name__, types.GetSetDescriptorType.__name__)
tb_attr = BaseException.__dict__['__traceback__']
print(isinstance(tb_attr, types.GetSetDescriptorType), tb_attr.__get__(ValueError('x')) is None)
print(isinstance(object.__dict__['__class__'], types.GetSetDescriptorType))
print(isinstance(len, types.GetSetDescriptorType), isinstance(property(), types.GetSetDescriptorType))
try:
    types.GetSetDescriptorType()
except TypeError as e:
    print('TypeError', e)
