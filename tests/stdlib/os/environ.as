# os.environ is a mapping that writes through to the process environment.
import os

os.environ['ASTER_ENV_A'] = 'one'
print(os.environ['ASTER_ENV_A'], 'ASTER_ENV_A' in os.environ, os.getenv('ASTER_ENV_A'))
print(type(os.environ).__name__, isinstance(os.environ.copy(), dict))
os.environ.update({'ASTER_ENV_B': 'two'}, ASTER_ENV_C='three')
print(sorted(k for k in os.environ if k.startswith('ASTER_ENV_')))
print(os.environ.setdefault('ASTER_ENV_B', 'x'), os.environ.setdefault('ASTER_ENV_D', 'four'))
print(os.environ.pop('ASTER_ENV_D'), os.environ.pop('ASTER_ENV_D', 'gone'))
del os.environ['ASTER_ENV_A']
print(os.environ.get('ASTER_ENV_A'), os.getenv('ASTER_ENV_A', 'default'))
print(len(os.environ) == len(list(os.environ)) == len(os.environ.keys()))
merged = os.environ | {'ASTER_ENV_E': 'e'}
print(type(merged).__name__, merged['ASTER_ENV_E'], 'ASTER_ENV_E' in os.environ)
print(repr(os.environ).startswith('environ({'))
for bad in [lambda: os.environ['ASTER_ENV_MISSING'],
            lambda: os.environ.__delitem__('ASTER_ENV_MISSING'),
            lambda: os.environ.pop('ASTER_ENV_MISSING')]:
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
for key, value in [('ASTER_ENV_F', 1), (2, 'x')]:
    try:
        os.environ[key] = value
    except TypeError as e:
        print('TypeError', e)
try:
    os.environ['A=B'] = 'x'
except ValueError as e:
    print('ValueError', e)
for k in ['ASTER_ENV_B', 'ASTER_ENV_C']:
    del os.environ[k]
print(sorted(k for k in os.environ if k.startswith('ASTER_ENV_')))
for call in (lambda: os.getenv(1), lambda: 1 in os.environ, lambda: os.environ[1], lambda: os.environ.get(1),
             lambda: os.environ.pop(1), lambda: os.environ.pop(1, 2), lambda: os.environ.setdefault('ASTER_Q', 1)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
