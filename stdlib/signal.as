"""Signals: handlers written in aster, the wakeup fd, sending and naming
signals.  The system calls are in the native module _signal; handlers
run on the main thread at the interpreter's next poll point after the
signal arrives (see src/signals.c)."""

import _signal
from enum import IntEnum
from _signal import NSIG, SIGRTMIN, SIGRTMAX, default_int_handler, set_wakeup_fd, alarm


def _is_signal_name(name):
    return name.startswith('SIG') and name.isupper() and not name.startswith('SIG_') \
        and name not in ('SIGRTMIN', 'SIGRTMAX')


Signals = IntEnum('Signals', [(n, v) for n, v in vars(_signal).items() if _is_signal_name(n)],
                  module=__name__)
Handlers = IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)

for _member in Signals:
    globals()[_member.name] = _member
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
del _member


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def _int_to_enum(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


def signal(signalnum, handler):
    """Sets the handler of signalnum (a callable, SIG_DFL or SIG_IGN) and
    returns the previous one."""
    if not callable(handler):
        handler = _enum_to_int(handler)
    return _int_to_enum(_signal.signal(_enum_to_int(signalnum), handler), Handlers)


def getsignal(signalnum):
    """The handler of signalnum: a callable, SIG_DFL, SIG_IGN or None."""
    return _int_to_enum(_signal.getsignal(_enum_to_int(signalnum)), Handlers)


def strsignal(signalnum):
    """The system's description of signalnum ('Terminated'), or None."""
    return _signal.strsignal(_enum_to_int(signalnum))


def raise_signal(signalnum):
    """Sends signalnum to this process."""
    _signal.raise_signal(_enum_to_int(signalnum))


def valid_signals():
    """The signal numbers valid on this platform."""
    return {_int_to_enum(n, Signals) for n in _signal.valid_signals()}
