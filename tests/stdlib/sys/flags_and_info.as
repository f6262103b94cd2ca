import sys

f = sys.flags
print(type(f).__name__, len(f), f.debug, f.inspect, f.interactive, f.optimize, f.verbose, f.quiet)
print(f.dont_write_bytecode, f.isolated, f.dev_mode, f.safe_path, f.int_max_str_digits, f[0] == f.debug)
print(sys.dont_write_bytecode)
print(sys.float_info)
print(sys.float_info.max == 1.7976931348623157e+308, sys.float_info.epsilon == 2.0 ** -52, sys.float_info[7])
names = sys.builtin_module_names
print(type(names).__name__, 'sys' in names, 'gc' in names, 'time' in names, list(names) == sorted(names))
print(sys.getfilesystemencoding(), sys.getdefaultencoding())
