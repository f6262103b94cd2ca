# Less common logging names: BASIC_FORMAT, LogRecord, Logger, fatal,
# the logger-class and record-factory hooks, raiseExceptions and
# getHandlerNames.
import logging
import sys

print(logging.BASIC_FORMAT)
print(logging.raiseExceptions)

rec = logging.LogRecord('app.db', logging.WARNING, 'db.py', 42, 'lost %d rows', (3,), None)
print(rec.name, rec.levelno, rec.levelname, rec.lineno, rec.getMessage())
print(rec.pathname, rec.filename, rec.module, rec.funcName, rec.exc_info)
print(repr(rec))
print(logging.Formatter(logging.BASIC_FORMAT).format(rec))

plain = logging.Logger('plain', logging.INFO)
print(plain.name, plain.level, plain.parent, plain.propagate, plain.handlers)
print(isinstance(logging.getLogger('x'), logging.Logger))

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
root = logging.getLogger()
root.addHandler(handler)
logging.fatal('fatal goes to %s', 'critical')
print(logging.fatal is logging.critical)


class TaggedLogger(logging.Logger):
    def tag(self, msg):
        self.warning('[tag] ' + msg)


print(logging.getLoggerClass() is logging.Logger)
logging.setLoggerClass(TaggedLogger)
print(logging.getLoggerClass().__name__)
tagged = logging.getLogger('tagged.one')
print(type(tagged).__name__)
tagged.tag('hello')
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger('tagged.two')).__name__)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print('TypeError', e)

old_factory = logging.getLogRecordFactory()
print(old_factory is logging.LogRecord)


def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.msg = 'via factory: ' + record.msg
    return record


logging.setLogRecordFactory(factory)
logging.getLogger('f').warning('made %s', 'here')
logging.setLogRecordFactory(old_factory)
logging.getLogger('f').warning('back to normal')

print(sorted(logging.getHandlerNames()))
handler.set_name('console')
print(sorted(logging.getHandlerNames()))
