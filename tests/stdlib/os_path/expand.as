import os
from os.path import expanduser, expandvars

os.environ['HOME'] = '/home/tester/'
os.environ['ASTER_V'] = 'val'
os.environ['ASTER_EMPTY'] = ''
print(expanduser('~'), expanduser('~/x'), expanduser('a/~'), expanduser('~no_such_user_aster/x'), expanduser(''))
os.environ['HOME'] = '/'
print(expanduser('~'), expanduser('~/y'))
for s in ['$ASTER_V', '${ASTER_V}', '$ASTER_V/x$ASTER_V', 'a$ASTER_Vb', '$NO_SUCH_ASTER', '${NO_SUCH_ASTER}',
          '$', '$$', '${', '${ASTER_V', '${}', '$1x', '$ASTER_EMPTY|', 'no dollars', '$-', '${ASTER_V}${ASTER_V}']:
    print(repr(s), repr(expandvars(s)))
