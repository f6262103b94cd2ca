"""Concrete date/time types: timedelta, date, time, datetime, tzinfo, timezone.

aster's datetime, written in aster.  Behaviour (values, str/repr, error
messages) follows CPython 3.12's datetime module on Linux in the C/POSIX
locale.  The clock comes from the time module, so under --virtual-time
now()/today() follow the virtual wall clock.

Internal conventions: an ordinal is the day number with 0001-01-01 as 1;
"us" means microseconds; every object is immutable and keeps its fields in
underscore attributes that the properties expose.
"""

import time as _time

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163        # date(1970, 1, 1).toordinal()
_US_PER_DAY = 86400000000
_MAX_DELTA_DAYS = 999999999
_C_INT_MAX = 2147483647


class _Missing:
    """Marks an argument the caller left out (None is a meaningful tzinfo)."""

    def __repr__(self):
        return '<missing>'


_MISSING = _Missing()

# ---------------------------------------------------------------- calendar

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAY_FULL = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
             'Saturday', 'Sunday')
_MON_ABBR = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
             'Sep', 'Oct', 'Nov', 'Dec')
_MON_FULL = ('', 'January', 'February', 'March', 'April', 'May', 'June',
             'July', 'August', 'September', 'October', 'November', 'December')


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_year(y):
    # floor division keeps this right for y <= 0 too (proleptic calendar)
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _days_before_month(y, m):
    if m > 2 and _is_leap(y):
        return _DAYS_BEFORE_MONTH[m] + 1
    return _DAYS_BEFORE_MONTH[m]


def _ymd_to_ord(y, m, d):
    return _days_before_year(y) + _days_before_month(y, m) + d


def _ord_to_ymd(n):
    """Inverse of _ymd_to_ord for any integer n (years may leave 1..9999)."""
    # 146097 days make 400 years: the estimate is off by at most one year
    y = ((n - 1) * 400) // 146097 + 1
    while _days_before_year(y) >= n:
        y -= 1
    while _days_before_year(y + 1) < n:
        y += 1
    doy = n - _days_before_year(y)
    m = (doy + 30) // 31
    if m > 12:
        m = 12
    while m < 12 and _days_before_month(y, m + 1) < doy:
        m += 1
    while _days_before_month(y, m) >= doy:
        m -= 1
    return y, m, doy - _days_before_month(y, m)


def _weekday_of_ord(n):
    # ordinal 1 (0001-01-01) was a Monday
    return (n + 6) % 7


def _iso_week1_monday(y):
    jan1 = _ymd_to_ord(y, 1, 1)
    wd = _weekday_of_ord(jan1)
    monday = jan1 - wd
    if wd > 3:              # Jan 1 on Fri..Sun belongs to the previous year
        monday += 7
    return monday


def _iso_calendar_of_ord(n, y):
    """(iso_year, iso_week, iso_weekday) of ordinal n (a day of year y)."""
    start = _iso_week1_monday(y)
    if n < start:
        y -= 1
        start = _iso_week1_monday(y)
    else:
        following = _iso_week1_monday(y + 1)
        if n >= following:
            y += 1
            start = following
    week, day = divmod(n - start, 7)
    return y, week + 1, day + 1


def _iso_week_error(y, w, d):
    """0 when (y, w, d) names an ISO day, else 1 (bad week) or 2 (bad day)."""
    if w < 1 or w > 53:
        return 1
    if w == 53:
        first = _weekday_of_ord(_ymd_to_ord(y, 1, 1))
        # 53-week years start on a Thursday (or a Wednesday when leap)
        if not (first == 3 or (first == 2 and _is_leap(y))):
            return 1
    if d < 1 or d > 7:
        return 2
    return 0


def _iso_to_ord(y, w, d):
    return _iso_week1_monday(y) + (w - 1) * 7 + d - 1


# ---------------------------------------------------------- argument checks

def _as_int(x):
    """x as a plain int, accepting what CPython's integer arguments accept."""
    if isinstance(x, int):
        return int(x)
    if not isinstance(x, float) and hasattr(x, '__index__'):
        return x.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(x).__name__)


def _check_date(y, m, d):
    if y < MINYEAR or y > MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    if m < 1 or m > 12:
        raise ValueError('month must be in 1..12')
    if d < 1 or d > _days_in_month(y, m):
        raise ValueError('day is out of range for month')


def _check_time(h, mi, s, us, fold):
    if h < 0 or h > 23:
        raise ValueError('hour must be in 0..23')
    if mi < 0 or mi > 59:
        raise ValueError('minute must be in 0..59')
    if s < 0 or s > 59:
        raise ValueError('second must be in 0..59')
    if us < 0 or us > 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('tzinfo argument must be None or of a tzinfo '
                        "subclass, not type '%s'" % type(tz).__name__)


def _check_offset(kind, off):
    """Validate what tzinfo.utcoffset()/dst() returned."""
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (kind, type(off).__name__))
    if off._days < -1 or off._days > 0:
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')
    if off._days == -1 and off._seconds == 0 and off._us == 0:
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')
    return off


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % type(name).__name__)
    return name


def _arg_type(x):
    """How CPython's argument checks name the type of a bad argument."""
    if x is None:
        return 'None'
    return type(x).__name__


def _type_name(obj):
    """What CPython prints as the class in reprs: our own classes are
    module-qualified, user subclasses are not."""
    cls = type(obj)
    if cls in _OWN_CLASSES:
        return 'datetime.' + cls.__name__
    return cls.__name__


# ------------------------------------------------------------- arithmetic

def _div_nearest(a, b):
    """a / b rounded to the nearest int, ties to even (b != 0)."""
    if b < 0:
        a = -a
        b = -b
    q, r = divmod(a, b)
    r2 = 2 * r
    if r2 > b or (r2 == b and q % 2 == 1):
        q += 1
    return q


def _float_ratio(x):
    """(n, d) with n / d == x exactly and d a power of two."""
    if x != x:
        raise ValueError('cannot convert NaN to integer ratio')
    if x - x != 0.0:
        raise OverflowError('cannot convert Infinity to integer ratio')
    d = 1
    while x != int(x):
        # doubling a float is exact, so this ends within ~1075 steps
        x = x * 2.0
        d = d * 2
    return int(x), d


def _floor(x):
    i = int(x)
    if i > x:
        i -= 1
    return i


# --------------------------------------------------------------- timedelta

class timedelta:
    """Difference between two dates or datetimes: days, seconds (0..86399)
    and microseconds (0..999999), normalised so only days can be negative."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0,
                 minutes=0, hours=0, weeks=0):
        if (isinstance(days, int) and isinstance(seconds, int)
                and isinstance(microseconds, int)
                and isinstance(milliseconds, int) and isinstance(minutes, int)
                and isinstance(hours, int) and isinstance(weeks, int)):
            # the common all-integer case: exact arithmetic, nothing to round
            self._set_us((((weeks * 7 + days) * 24 + hours) * 60 + minutes)
                         * 60000000 + seconds * 1000000
                         + milliseconds * 1000 + microseconds)
            return
        # Whole microseconds are summed exactly; the fractional microseconds
        # that floats leave over are summed apart and rounded once at the end
        # (half to even), in the same order CPython adds the components.
        acc = [0, 0.0]
        _td_accum(acc, 'microseconds', microseconds, 1)
        _td_accum(acc, 'milliseconds', milliseconds, 1000)
        _td_accum(acc, 'seconds', seconds, 1000000)
        _td_accum(acc, 'minutes', minutes, 60000000)
        _td_accum(acc, 'hours', hours, 3600000000)
        _td_accum(acc, 'days', days, _US_PER_DAY)
        _td_accum(acc, 'weeks', weeks, 7 * _US_PER_DAY)
        total = acc[0]
        rest = acc[1]
        if rest != 0.0:
            low = _floor(rest)
            frac = rest - low
            if frac > 0.5 or (frac == 0.5 and (total + low) % 2 == 1):
                low += 1
            total += low
        self._set_us(total)

    def _set_us(self, total):
        secs, us = divmod(total, 1000000)
        days, secs = divmod(secs, 86400)
        if days < -_C_INT_MAX - 1 or days > _C_INT_MAX:
            raise OverflowError('Python int too large to convert to C int')
        if days < -_MAX_DELTA_DAYS or days > _MAX_DELTA_DAYS:
            raise OverflowError('days=%d; must have magnitude <= %d'
                                % (days, _MAX_DELTA_DAYS))
        self._days = days
        self._seconds = secs
        self._us = us

    def _total_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._us

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._us

    def total_seconds(self):
        return self._total_us() / 1000000

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._us:
            parts.append('microseconds=%d' % self._us)
        if not parts:
            parts.append('0')
        return '%s(%s)' % (_type_name(self), ', '.join(parts))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._us:
            s = s + '.%06d' % self._us
        if self._days:
            plural = 's'
            if self._days == 1 or self._days == -1:
                plural = ''
            s = '%d day%s, %s' % (self._days, plural, s)
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._total_us() + other._total_us())
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._total_us() + self._total_us())
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._total_us() - other._total_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._total_us() - self._total_us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._total_us())

    def __pos__(self):
        return self

    def __abs__(self):
        if self._days < 0:
            return _td_from_us(-self._total_us())
        return self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._total_us() * int(other))
        if isinstance(other, float):
            n, d = _float_ratio(other)
            return _td_from_us(_div_nearest(self._total_us() * n, d))
        return NotImplemented

    def __rmul__(self, other):
        return self.__mul__(other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            den = other._total_us()
            if den == 0:
                raise ZeroDivisionError('division by zero')
            return self._total_us() / den
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(_div_nearest(self._total_us(), int(other)))
        if isinstance(other, float):
            n, d = _float_ratio(other)
            if n == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(_div_nearest(self._total_us() * d, n))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            den = other._total_us()
            if den == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._total_us() // den
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(self._total_us() // int(other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            den = other._total_us()
            if den == 0:
                raise ZeroDivisionError('integer modulo by zero')
            return _td_from_us(self._total_us() % den)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            den = other._total_us()
            if den == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._total_us(), den)
            return q, _td_from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._us)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._us != 0


def _td_accum(acc, name, value, factor):
    """Add value * factor microseconds into acc = [whole, leftover]."""
    if isinstance(value, int):
        acc[0] = acc[0] + int(value) * factor
        return
    if not isinstance(value, float):
        raise TypeError('unsupported type for timedelta %s component: %s'
                        % (name, type(value).__name__))
    if value != value:
        raise ValueError('cannot convert float NaN to integer')
    if value - value != 0.0:
        raise OverflowError('cannot convert float infinity to integer')
    whole = int(value)
    acc[0] = acc[0] + whole * factor
    frac = value - whole        # exact: a float minus its integer part
    if frac == 0.0:
        return
    scaled = frac * factor
    part = int(scaled)
    acc[0] = acc[0] + part
    acc[1] = acc[1] + (scaled - part)


def _td_from_us(total):
    td = timedelta()
    td._set_us(total)
    return td


# -------------------------------------------------------------------- date

class date:
    """A calendar date (proleptic Gregorian), year 1..9999."""

    def __init__(self, year, month, day):
        year = _as_int(year)
        month = _as_int(month)
        day = _as_int(day)
        _check_date(year, month, day)
        self._year = year
        self._month = month
        self._day = day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        secs = _floor(_timestamp_value(t))
        f = _local_fields(secs)
        return cls(f[0], f[1], f[2])

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % (MAXYEAR + 1))
        y, m, d = _ord_to_ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        u = _utf8_units(s)
        ymd = None
        if len(u) == 7 or len(u) == 8 or len(u) == 10:
            ymd = _iso_parse_date(u, len(u))
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        return cls(ymd[0], ymd[1], ymd[2])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year = _as_int(year)
        week = _as_int(week)
        day = _as_int(day)
        if year < MINYEAR or year > MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        err = _iso_week_error(year, week, day)
        if err == 1:
            raise ValueError('Invalid week: %d' % week)
        if err == 2:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        n = _iso_to_ord(year, week, day)
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % (MAXYEAR + 1))
        y, m, d = _ord_to_ymd(n)
        return cls(y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        return _weekday_of_ord(self.toordinal())

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        y, w, d = _iso_calendar_of_ord(self.toordinal(), self._year)
        return IsoCalendarDate(y, w, d)

    def _yday(self):
        return _days_before_month(self._year, self._month) + self._day

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0,
                            self.weekday(), self._yday(), -1)

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING):
        if year is _MISSING:
            year = self._year
        if month is _MISSING:
            month = self._month
        if day is _MISSING:
            day = self._day
        return type(self)(year, month, day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month,
                                   self._day)

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (
            _DAY_ABBR[self.weekday()], _MON_ABBR[self._month], self._day,
            self._year)

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('strftime() argument 1 must be str, not %s'
                            % _arg_type(fmt))
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0,
                         self.weekday(), self._yday(), -1, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument 1 must be str, not %s'
                            % _arg_type(fmt))
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def _shift_days(self, n):
        o = self.toordinal() + n
        if o < 1 or o > _MAXORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord_to_ymd(o)
        return type(self)(y, m, d)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shift_days(other._days)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self._shift_days(other._days)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shift_days(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _date_cmp(self, other, eq):
        """-1/0/1 against another plain date, or NotImplemented.  A date is
        never equal to a datetime and cannot be ordered against one."""
        if isinstance(other, datetime):
            if eq:
                return 1
            raise TypeError("can't compare datetime.datetime to "
                            'datetime.date')
        if not isinstance(other, date):
            return NotImplemented
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        if a < b:
            return -1
        if a > b:
            return 1
        return 0

    def __eq__(self, other):
        c = self._date_cmp(other, True)
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other):
        c = self._date_cmp(other, True)
        if c is NotImplemented:
            return c
        return c != 0

    def __lt__(self, other):
        c = self._date_cmp(other, False)
        if c is NotImplemented:
            return c
        return c < 0

    def __le__(self, other):
        c = self._date_cmp(other, False)
        if c is NotImplemented:
            return c
        return c <= 0

    def __gt__(self, other):
        c = self._date_cmp(other, False)
        if c is NotImplemented:
            return c
        return c > 0

    def __ge__(self, other):
        c = self._date_cmp(other, False)
        if c is NotImplemented:
            return c
        return c >= 0

    def __hash__(self):
        return hash((self._year, self._month, self._day))


class IsoCalendarDate:
    """What date.isocalendar() returns: a (year, week, weekday) triple that
    also has those names as attributes and compares like a tuple."""

    def __init__(self, year, week, weekday):
        self._t = (year, week, weekday)

    @property
    def year(self):
        return self._t[0]

    @property
    def week(self):
        return self._t[1]

    @property
    def weekday(self):
        return self._t[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % (
            self._t[0], self._t[1], self._t[2])

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return self._t[i]

    def __iter__(self):
        return iter(self._t)

    def __contains__(self, x):
        return x in self._t

    def __hash__(self):
        return hash(self._t)

    def _other(self, other):
        if isinstance(other, IsoCalendarDate):
            return other._t
        if isinstance(other, tuple):
            return other
        return None

    def __eq__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._t == o

    def __ne__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._t != o

    def __lt__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._t < o

    def __le__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._t <= o

    def __gt__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._t > o

    def __ge__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._t >= o


class _TimeTuple:
    """Stand-in for time.struct_time when the time module cannot build one."""

    _NAMES = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
              'tm_wday', 'tm_yday', 'tm_isdst')

    def __init__(self, t):
        self._t = t
        self.tm_year = t[0]
        self.tm_mon = t[1]
        self.tm_mday = t[2]
        self.tm_hour = t[3]
        self.tm_min = t[4]
        self.tm_sec = t[5]
        self.tm_wday = t[6]
        self.tm_yday = t[7]
        self.tm_isdst = t[8]

    def __repr__(self):
        parts = []
        i = 0
        while i < 9:
            parts.append('%s=%d' % (self._NAMES[i], self._t[i]))
            i += 1
        return 'time.struct_time(%s)' % ', '.join(parts)

    def __len__(self):
        return 9

    def __getitem__(self, i):
        return self._t[i]

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, _TimeTuple):
            return self._t == other._t
        if isinstance(other, tuple):
            return self._t == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash(self._t)


def _struct_time(y, m, d, hh, mm, ss, wday, yday, isdst):
    t = (y, m, d, hh, mm, ss, wday, yday, isdst)
    if _HAVE_STRUCT_TIME:
        return _time.struct_time(t)
    return _TimeTuple(t)


_HAVE_STRUCT_TIME = hasattr(_time, 'struct_time')


# ------------------------------------------------------------------ tzinfo

class tzinfo:
    """Abstract base for time zone information; subclass it and define
    utcoffset(), dst() and tzname()."""

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError(
            'a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """dt (whose tzinfo is self) holds UTC time: return it as local."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = _check_offset('utcoffset', self.utcoffset(dt))
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = _check_offset('dst', self.dst(dt))
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        std = off - dst
        if std:
            dt = dt + std
            dst = _check_offset('dst', dt.dst())
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent '
                                 'results; cannot convert')
        return dt + dst


def _format_offset(off, sep):
    """'+HH<sep>MM' (plus seconds, microseconds when present) or ''."""
    if off is None:
        return ''
    sign = '+'
    if off._days < 0:
        sign = '-'
        off = -off
    mm, ss = divmod(off._seconds, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off._us:
        s = s + '%s%02d' % (sep, ss)
        if off._us:
            s = s + '.%06d' % off._us
    return s


# -------------------------------------------------------------------- time

class time:
    """A time of day, with optional tzinfo; no date and no arithmetic."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0,
                 tzinfo=None, fold=0):
        hour = _as_int(hour)
        minute = _as_int(minute)
        second = _as_int(second)
        microsecond = _as_int(microsecond)
        fold = _as_int(fold)
        _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._us = microsecond
        self._tzinfo = tzinfo
        self._fold = fold

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        u = _utf8_units(s)
        start = 0
        if len(u) > 0 and u[0] == 'T':
            start = 1
        t = _iso_parse_time(u, start)
        if t is None:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        return cls(t[0], t[1], t[2], t[3], _iso_tz(t[4]))

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._us

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def replace(self, hour=_MISSING, minute=_MISSING, second=_MISSING,
                microsecond=_MISSING, tzinfo=_MISSING, fold=_MISSING):
        if hour is _MISSING:
            hour = self._hour
        if minute is _MISSING:
            minute = self._minute
        if second is _MISSING:
            second = self._second
        if microsecond is _MISSING:
            microsecond = self._us
        if tzinfo is _MISSING:
            tzinfo = self._tzinfo
        if fold is _MISSING:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold)

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._us,
                         timespec)
        return s + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._us:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second,
                                    self._us)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s = s + ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s = s + ', fold=1'
        return '%s(%s)' % (_type_name(self), s)

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('strftime() argument 1 must be str, not %s'
                            % _arg_type(fmt))
        # the date part is 1900-01-01, a Monday, day 1 of its year
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute,
                         self._second, self._us, 0, 1, -1, self.utcoffset(),
                         self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument 1 must be str, not %s'
                            % _arg_type(fmt))
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def _cmp(self, other, eq):
        """Three-way compare with another time; 2 means 'not equal'."""
        a = (self._hour, self._minute, self._second, self._us)
        b = (other._hour, other._minute, other._second, other._us)
        if self._tzinfo is not other._tzinfo:
            oa = self.utcoffset()
            ob = other.utcoffset()
            if oa != ob:
                if oa is None or ob is None:
                    if eq:
                        return 2
                    raise TypeError("can't compare offset-naive and "
                                    'offset-aware times')
                # CPython compares whole seconds net of the offsets' days
                # and seconds, then the microseconds of the times
                sa = (self._hour * 3600 + self._minute * 60 + self._second
                      - oa._days * 86400 - oa._seconds)
                sb = (other._hour * 3600 + other._minute * 60 + other._second
                      - ob._days * 86400 - ob._seconds)
                a = (sa, self._us)
                b = (sb, other._us)
        if a < b:
            return -1
        if a > b:
            return 1
        return 0

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._cmp(other, True) == 0

    def __ne__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._cmp(other, True) != 0

    def __lt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._cmp(other, False) < 0

    def __le__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._cmp(other, False) <= 0

    def __gt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._cmp(other, False) > 0

    def __ge__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._cmp(other, False) >= 0

    def __hash__(self):
        t = self
        if self._fold:
            # built directly so that a subclass __init__ is not involved
            t = _time_class(self._hour, self._minute, self._second, self._us,
                            self._tzinfo, 0)
        off = t.utcoffset()
        secs = self._hour * 3600 + self._minute * 60 + self._second
        if off is not None:
            secs = secs - off._days * 86400 - off._seconds
        return hash((secs, self._us))

    def __bool__(self):
        return True


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        if us:
            timespec = 'microseconds'
        else:
            timespec = 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


# ---------------------------------------------------------------- datetime

class datetime(date):
    """A date and a time of day, with optional tzinfo."""

    def __init__(self, year, month, day, hour=0, minute=0, second=0,
                 microsecond=0, tzinfo=None, fold=0):
        year = _as_int(year)
        month = _as_int(month)
        day = _as_int(day)
        hour = _as_int(hour)
        minute = _as_int(minute)
        second = _as_int(second)
        microsecond = _as_int(microsecond)
        fold = _as_int(fold)
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._us = microsecond
        self._tzinfo = tzinfo
        self._fold = fold

    # ---- construction

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        secs, us = _split_timestamp(t)
        if tz is not None:
            f = _utc_fields(secs)
            dt = cls(f[0], f[1], f[2], f[3], f[4], f[5], us, tz)
            return tz.fromutc(dt)
        f = _local_fields(secs)
        dt = cls(f[0], f[1], f[2], f[3], f[4], f[5], us)
        if _local_is_second_fold(secs):
            dt = dt.replace(fold=1)
        return dt

    @classmethod
    def utcfromtimestamp(cls, t):
        secs, us = _split_timestamp(t)
        f = _utc_fields(secs)
        return cls(f[0], f[1], f[2], f[3], f[4], f[5], us)

    @classmethod
    def combine(cls, date, time, tzinfo=_MISSING):
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, '
                            'not %s' % _arg_type(date))
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, '
                            'not %s' % _arg_type(time))
        if tzinfo is _MISSING:
            tzinfo = time._tzinfo
        return cls(date._year, date._month, date._day, time._hour,
                   time._minute, time._second, time._us, tzinfo, time._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        r = _iso_parse_datetime(s)
        if r is None:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        ymd = r[0]
        t = r[1]
        tz = _iso_tz(t[4])
        return cls(ymd[0], ymd[1], ymd[2], t[0], t[1], t[2], t[3], tz)

    @classmethod
    def strptime(cls, data, fmt):
        if not isinstance(data, str):
            raise TypeError('strptime() argument 1 must be str, not %s'
                            % _arg_type(data))
        if not isinstance(fmt, str):
            raise TypeError('strptime() argument 2 must be str, not %s'
                            % _arg_type(fmt))
        v = _strptime(data, fmt)
        if v[7] is None:
            return cls(v[0], v[1], v[2], v[3], v[4], v[5], v[6])
        off = timedelta(seconds=v[7], microseconds=v[8])
        if v[9]:
            tz = timezone(off, v[9])
        else:
            tz = timezone(off)
        return cls(v[0], v[1], v[2], v[3], v[4], v[5], v[6], tz)

    # ---- fields

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._us

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._us,
                           None, self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._us,
                           self._tzinfo, self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING,
                hour=_MISSING, minute=_MISSING, second=_MISSING,
                microsecond=_MISSING, tzinfo=_MISSING, fold=_MISSING):
        if year is _MISSING:
            year = self._year
        if month is _MISSING:
            month = self._month
        if day is _MISSING:
            day = self._day
        if hour is _MISSING:
            hour = self._hour
        if minute is _MISSING:
            minute = self._minute
        if second is _MISSING:
            second = self._second
        if microsecond is _MISSING:
            microsecond = self._us
        if tzinfo is _MISSING:
            tzinfo = self._tzinfo
        if fold is _MISSING:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo, fold)

    # ---- conversions

    def _day_seconds(self):
        return self._hour * 3600 + self._minute * 60 + self._second

    def _naive_us(self):
        """Microseconds since 0001-01-01T00:00 of the naive fields."""
        return ((self.toordinal() * 86400 + self._day_seconds()) * 1000000
                + self._us)

    def _local_seconds(self):
        """Unix time of the naive fields read as local time (like mktime)."""
        t = ((self.toordinal() - _EPOCH_ORDINAL) * 86400
             + self._day_seconds())
        return _local_to_utc(t, self._fold)

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            return self._local_seconds() + self._us / 1e6
        us = (self._naive_us() - off._total_us()
              - (_EPOCH_ORDINAL * 86400) * 1000000)
        return us / 1000000

    def _isdst(self):
        dst = self.dst()
        if dst is None:
            return -1
        if dst:
            return 1
        return 0

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, self._hour,
                            self._minute, self._second, self.weekday(),
                            self._yday(), self._isdst())

    def utctimetuple(self):
        dt = self
        off = self.utcoffset()
        if off is not None:
            dt = self - off
        return _struct_time(dt._year, dt._month, dt._day, dt._hour,
                            dt._minute, dt._second, dt.weekday(), dt._yday(),
                            0)

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        if tz is not None and self._tzinfo is tz:
            return self
        off = self.utcoffset()
        if off is None:
            # a naive time is local: the offset is the one in force at it
            secs = self._local_seconds()
            off = timedelta(seconds=_local_wall(secs) - secs)
        else:
            secs = ((self._naive_us() - off._total_us()) // 1000000
                    - _EPOCH_ORDINAL * 86400)
        if tz is None:
            tz = _local_timezone(secs)
        utc = self - off
        return tz.fromutc(_datetime_class(
            utc._year, utc._month, utc._day, utc._hour, utc._minute,
            utc._second, utc._us, tz, utc._fold))

    # ---- text

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode '
                            'character, not %s' % _arg_type(sep))
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s = s + _format_time(self._hour, self._minute, self._second,
                             self._us, timespec)
        return s + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        s = '%d, %d, %d, %d, %d' % (self._year, self._month, self._day,
                                    self._hour, self._minute)
        if self._us:
            s = s + ', %d, %d' % (self._second, self._us)
        elif self._second:
            s = s + ', %d' % self._second
        if self._fold:
            s = s + ', fold=1'
        if self._tzinfo is not None:
            s = s + ', tzinfo=%r' % (self._tzinfo,)
        return '%s(%s)' % (_type_name(self), s)

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_ABBR[self.weekday()], _MON_ABBR[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('strftime() argument 1 must be str, not %s'
                            % _arg_type(fmt))
        return _strftime(fmt, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._us, self.weekday(),
                         self._yday(), self._isdst(), self.utcoffset(),
                         self.tzname())

    # ---- arithmetic

    def _shift(self, days, secs, us):
        """This datetime moved by the given amounts (same tzinfo, fold 0)."""
        us = self._us + us
        secs = self._day_seconds() + secs + us // 1000000
        us = us % 1000000
        days = self.toordinal() + days + secs // 86400
        secs = secs % 86400
        if days < 1 or days > _MAXORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord_to_ymd(days)
        hh, rest = divmod(secs, 3600)
        mi, ss = divmod(rest, 60)
        return type(self)(y, m, d, hh, mi, ss, us, self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shift(other._days, other._seconds, other._us)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self._shift(other._days, other._seconds, other._us)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shift(-other._days, -other._seconds, -other._us)
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._naive_us() - other._naive_us()
        if self._tzinfo is not other._tzinfo:
            oa = self.utcoffset()
            ob = other.utcoffset()
            if (oa is None) != (ob is None):
                raise TypeError("can't subtract offset-naive and "
                                'offset-aware datetimes')
            if oa is not None:
                diff = diff - oa._total_us() + ob._total_us()
        return _td_from_us(diff)

    # ---- comparison

    def _dt_cmp(self, other, eq):
        """Three-way compare with another datetime; 2 means 'not equal'."""
        if self._tzinfo is other._tzinfo:
            return _sign(self._naive_us() - other._naive_us())
        oa = self.utcoffset()
        ob = other.utcoffset()
        if oa == ob:
            c = _sign(self._naive_us() - other._naive_us())
        elif oa is not None and ob is not None:
            c = _sign(self._naive_us() - oa._total_us()
                      - other._naive_us() + ob._total_us())
        elif eq:
            return 2
        else:
            raise TypeError("can't compare offset-naive and offset-aware "
                            'datetimes')
        if eq and c == 0:
            # PEP 495: a time in a fold is never equal across zones
            if _fold_matters(self, oa) or _fold_matters(other, ob):
                return 2
        return c

    def _cmp_op(self, other, eq):
        if isinstance(other, datetime):
            return self._dt_cmp(other, eq)
        if isinstance(other, _date_class):
            if eq:
                return 2
            raise TypeError("can't compare datetime.datetime to "
                            'datetime.date')
        return NotImplemented

    def __eq__(self, other):
        c = self._cmp_op(other, True)
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other):
        c = self._cmp_op(other, True)
        if c is NotImplemented:
            return c
        return c != 0

    def __lt__(self, other):
        c = self._cmp_op(other, False)
        if c is NotImplemented:
            return c
        return c < 0

    def __le__(self, other):
        c = self._cmp_op(other, False)
        if c is NotImplemented:
            return c
        return c <= 0

    def __gt__(self, other):
        c = self._cmp_op(other, False)
        if c is NotImplemented:
            return c
        return c > 0

    def __ge__(self, other):
        c = self._cmp_op(other, False)
        if c is NotImplemented:
            return c
        return c >= 0

    def __hash__(self):
        t = self
        if self._fold:
            t = _with_fold(self, 0)
        off = t.utcoffset()
        us = self._naive_us()
        if off is not None:
            us = us - off._total_us()
        return hash(us)


_date_class = date
_time_class = time
_datetime_class = datetime


def _sign(x):
    if x < 0:
        return -1
    if x > 0:
        return 1
    return 0


def _with_fold(dt, fold):
    # a plain datetime: tzinfo methods see the same fields without a
    # subclass __init__ being run
    return _datetime_class(dt._year, dt._month, dt._day, dt._hour,
                           dt._minute, dt._second, dt._us, dt._tzinfo, fold)


def _fold_matters(dt, off):
    """True when flipping dt's fold would change its UTC offset."""
    return _with_fold(dt, 1 - dt._fold).utcoffset() != off


# ------------------------------------------------------------ clock helpers

def _timestamp_value(t):
    if isinstance(t, (int, float)):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if t - t != 0:
            raise OverflowError('timestamp out of range for platform time_t')
        if t >= 9223372036854775808 or t < -9223372036854775808:
            raise OverflowError('timestamp out of range for platform time_t')
        return t
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(t).__name__)


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, rounding half to even."""
    t = _timestamp_value(t)
    if isinstance(t, int):
        return int(t), 0
    whole = int(t)
    frac = t - whole
    us = round(frac * 1e6)
    if us >= 1000000:
        whole += 1
        us -= 1000000
    elif us < 0:
        whole -= 1
        us += 1000000
    return whole, us


def _utc_fields(secs):
    days, rest = divmod(secs, 86400)
    y, m, d = _ord_to_ymd(days + _EPOCH_ORDINAL)
    if y - 1900 > _C_INT_MAX or y - 1900 < -_C_INT_MAX - 1:
        # the C library's struct tm cannot hold the year
        raise OSError(75, 'Value too large for defined data type')
    if y < MINYEAR or y > MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    hh, rest = divmod(rest, 3600)
    mi, ss = divmod(rest, 60)
    return y, m, d, hh, mi, ss


def _local_fields(secs):
    # check the range ourselves: the platform may not cope with far years
    _utc_fields(secs)
    tm = _time.localtime(secs)
    ss = tm.tm_sec
    if ss > 59:                 # a leap second
        ss = 59
    y = tm.tm_year
    if y < MINYEAR or y > MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    return y, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, ss


def _local_wall(u, strict=True):
    """Local wall-clock time of Unix time u, as seconds since the epoch.
    strict: refuse years outside 1..9999 like CPython's datetime does."""
    tm = _time.localtime(u)
    if strict and (tm.tm_year < MINYEAR or tm.tm_year > MAXYEAR):
        raise ValueError('year %d is out of range' % tm.tm_year)
    return ((_ymd_to_ord(tm.tm_year, tm.tm_mon, tm.tm_mday) - _EPOCH_ORDINAL)
            * 86400 + tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec)


def _local_to_utc(t, fold, strict=True):
    """The Unix time whose local wall clock reads t (seconds since epoch).

    Two candidate offsets are found: the one in force at t read as UTC, and
    the one in force a day before (fold 0) or after (fold 1).  When both
    give a solution (a fold) `fold` picks the earlier or later one; in a
    gap there is none, and fold 0 takes the later candidate, fold 1 the
    earlier one."""
    day = 86400
    off1 = _local_wall(t, strict) - t
    u1 = t - off1
    w1 = _local_wall(u1, strict)
    if w1 == t:
        if fold:
            probe = u1 + day
        else:
            probe = u1 - day
        off2 = _local_wall(probe, strict) - probe
        if off2 == off1:
            return u1
    else:
        off2 = w1 - u1
    u2 = t - off2
    w2 = _local_wall(u2, strict)
    if w2 == t:
        return u2
    if w1 == t:
        return u1
    if fold:
        return min(u1, u2)
    return max(u1, u2)


def _local_is_second_fold(secs):
    """True when the local time of Unix time secs repeats an earlier
    reading of the wall clock, i.e. it is the second time of a fold."""
    day = 86400
    earlier = secs - day
    shift = (_local_wall(secs) - secs) - (_local_wall(earlier) - earlier)
    if shift >= 0:
        return False
    probe = secs + shift
    return _local_wall(probe) == _local_wall(secs)


def _local_timezone(secs):
    tm = _time.localtime(secs)
    gmtoff = _local_wall(secs) - secs
    name = None
    if hasattr(tm, 'tm_zone'):
        name = tm.tm_zone
    elif gmtoff == 0:
        name = 'UTC'
    if name is None:
        return timezone(timedelta(seconds=gmtoff))
    return timezone(timedelta(seconds=gmtoff), name)


# ---------------------------------------------------------------- timezone

class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    def __init__(self, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta,'
                            ' not %s' % _arg_type(offset))
        if name is _MISSING:
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % _arg_type(name))
        if offset._days < -1 or offset._days > 0 or (
                offset._days == -1 and offset._seconds == 0
                and offset._us == 0):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), '
                             'not %r.' % (offset,))
        self._offset = offset
        self._name = name

    def _check_dt(self, what, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or '
                            'None, not %s' % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt('utcoffset', dt)
        return self._offset

    def dst(self, dt):
        self._check_dt('dst', dt)
        return None

    def tzname(self, dt):
        self._check_dt('tzname', dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __repr__(self):
        if self._name is None:
            if not self._offset:
                return 'datetime.timezone.utc'
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


# ------------------------------------------------------------ ISO 8601 input

def _ch(s, i):
    """s[i], or '' past the end (where CPython's C parser sees a NUL)."""
    if i < len(s):
        return s[i]
    return ''


def _digits(s, i, n):
    """The int spelled by the n ASCII digits at s[i:], or -1."""
    v = 0
    k = 0
    while k < n:
        c = _ch(s, i + k)
        if c == '' or c < '0' or c > '9':
            return -1
        v = v * 10 + (ord(c) - 48)
        k += 1
    return v


def _iso_parse_date(s, end):
    """(y, m, d) from the date at the start of s (which ends at end), or
    None when it is malformed.  Values are not range-checked here."""
    y = _digits(s, 0, 4)
    if y < 0:
        return None
    p = 4
    dashed = _ch(s, 4) == '-'
    if dashed:
        p = 5
    if _ch(s, p) == 'W':
        w = _digits(s, p + 1, 2)
        if w < 0:
            return None
        p += 3
        d = 1
        if p < end:
            if dashed:
                if _ch(s, p) != '-':
                    return None
                p += 1
            d = _digits(s, p, 1)
            if d < 0:
                return None
        if _iso_week_error(y, w, d):
            return None
        return _ord_to_ymd(_iso_to_ord(y, w, d))
    m = _digits(s, p, 2)
    if m < 0:
        return None
    p += 2
    if dashed:
        if _ch(s, p) != '-':
            return None
        p += 1
    d = _digits(s, p, 2)
    if d < 0:
        return None
    return y, m, d


def _iso_hms(s, p, end):
    """Parse [HH[:MM[:SS]]][.fff...] in s[p:end] (digits may run on to the
    end of s).  Returns (status, h, m, s, us): status 0 when s ends there,
    1 when more text follows, -1 on error."""
    vals = [0, 0, 0]
    us = 0
    colons = True
    i = 0
    while i < 3:
        v = _digits(s, p, 2)
        if v < 0:
            return -1, 0, 0, 0, 0
        vals[i] = v
        c = _ch(s, p + 2)
        p += 3
        if i == 0:
            colons = c == ':'
        if p >= end:
            status = 0
            if c != '':
                status = 1
            return status, vals[0], vals[1], vals[2], 0
        if colons and c == ':':
            i += 1
            continue
        if c == '.' or c == ',':
            break
        if not colons:
            p -= 1          # no separator: the char begins the next field
            i += 1
            continue
        return -1, 0, 0, 0, 0
    # after a fraction mark, or after SS: digits of a fraction follow
    n = end - p
    if n > 6:
        n = 6
    if n <= 0:
        return -1, 0, 0, 0, 0
    us = _digits(s, p, n)
    if us < 0:
        return -1, 0, 0, 0, 0
    k = n
    while k < 6:
        us *= 10
        k += 1
    p += n
    while _ch(s, p) != '' and '0' <= s[p] <= '9':
        p += 1
    status = 0
    if p < len(s):
        status = 1
    return status, vals[0], vals[1], vals[2], us


def _iso_parse_time(s, start):
    """(h, m, s, us, tz) from the time at s[start:], tz being None or
    (seconds, microseconds) of the offset; None when malformed."""
    n = len(s)
    tzpos = start
    while tzpos < n:
        c = s[tzpos]
        if c == 'Z' or c == '+' or c == '-':
            break
        tzpos += 1
    if start >= n:
        return None
    r = _iso_hms(s, start, tzpos)
    if r[0] < 0:
        return None
    if tzpos >= n:
        if r[0] == 1:
            return None
        return r[1], r[2], r[3], r[4], None
    if s[tzpos] == 'Z':
        if tzpos + 1 != n:
            return None
        return r[1], r[2], r[3], r[4], (0, 0)
    sign = 1
    if s[tzpos] == '-':
        sign = -1
    z = _iso_hms(s, tzpos + 1, n)
    if z[0] != 0:
        return None
    secs = sign * (z[1] * 3600 + z[2] * 60 + z[3])
    return r[1], r[2], r[3], r[4], (secs, sign * z[4])


def _iso_separator(s):
    """Where the date part of a datetime string ends (CPython's rules)."""
    n = len(s)
    if n == 7:
        return 7
    if _ch(s, 4) == '-':
        if _ch(s, 5) == 'W':
            if n < 8:
                return -1
            if n > 8 and _ch(s, 8) == '-':
                if n == 9:
                    return -1
                c = _ch(s, 10)
                if n > 10 and '0' <= c <= '9':
                    return 8
                return 10
            return 8
        return 10
    if _ch(s, 4) == 'W':
        i = 7
        while i < n and '0' <= s[i] <= '9':
            i += 1
        if i < 9:
            return i
        if i % 2 == 0:
            return 7
        return 8
    return 8


def _iso_parse_datetime(s):
    s = _utf8_units(s)
    sep = _iso_separator(s)
    if sep < 0:
        return None
    ymd = _iso_parse_date(s, sep)
    if ymd is None:
        return None
    t = (0, 0, 0, 0, None)
    if len(s) > sep:
        # the separator may be any one character
        if s[sep] == _CONT:
            step = 2        # what CPython skips from inside a character
        else:
            step = 1
            while sep + step < len(s) and s[sep + step] == _CONT:
                step += 1
        t = _iso_parse_time(s, sep + step)
        if t is None:
            return None
    return ymd, t


# CPython parses ISO strings as UTF-8 bytes, so positions and lengths count
# bytes; we mirror that by following each non-ASCII character with one
# placeholder per extra byte (neither is a digit or punctuation we look for)
_CONT = '\x80'


def _utf8_units(s):
    ascii = True
    for c in s:
        if ord(c) >= 0x80:
            ascii = False
            break
    if ascii:
        return s
    parts = []
    for c in s:
        parts.append(c)
        o = ord(c)
        if o >= 0x80:
            parts.append(_CONT)
            if o >= 0x800:
                parts.append(_CONT)
                if o >= 0x10000:
                    parts.append(_CONT)
    return ''.join(parts)


def _iso_tz(tz):
    if tz is None:
        return None
    off = timedelta(seconds=tz[0], microseconds=tz[1])
    if not off:
        return timezone.utc
    return timezone(off)


# ---------------------------------------------------------------- strftime
#
# CPython formats in two passes and so do we: first datetime itself
# replaces %f, %z, %:z and %Z (scanning the format two characters at a
# time), then the C library's strftime (glibc, C locale) formats the rest
# from the time tuple.  The second pass reproduces glibc, flags and widths
# and its handling of unknown directives included.

# conversions that the E or O modifier may not precede (glibc rejects them
# and copies the directive to the output unchanged)
_NO_E = 'aAbBdDeFgGhHIjklmMSUVwW'
_NO_O = 'aAcDFxXY'
_COMPOSITE = {'c': '%a %b %e %H:%M:%S %Y', 'D': '%m/%d/%y',
              'F': '%Y-%m-%d', 'r': '%I:%M:%S %p', 'R': '%H:%M',
              'T': '%H:%M:%S', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _pad(s, width, ch):
    if len(s) < width:
        return ch * (width - len(s)) + s
    return s


class _Fields:
    """What a strftime directive may look at."""

    def __init__(self, y, mo, d, hh, mi, ss, us, wd, yd, isdst, off, zname):
        self.y = y
        self.mo = mo
        self.d = d
        self.hh = hh
        self.mi = mi
        self.ss = ss
        self.us = us
        self.wd = wd            # Monday is 0
        self.yd = yd            # 1-based day of the year
        self.isdst = isdst      # of the time tuple: -1, 0 or 1
        self.off = off          # utcoffset() result
        self.zname = zname      # tzname() result

    def iso(self):
        return _iso_calendar_of_ord(_ymd_to_ord(self.y, self.mo, self.d),
                                    self.y)

    def epoch_seconds(self):
        """%s: mktime() of the tuple, which trusts the tuple's DST flag."""
        t = ((_ymd_to_ord(self.y, self.mo, self.d) - _EPOCH_ORDINAL) * 86400
             + self.hh * 3600 + self.mi * 60 + self.ss)
        u = _local_to_utc(t, 0, False)
        if self.isdst >= 0:
            actual = _time.localtime(u).tm_isdst
            if self.isdst > 0 and actual == 0:
                u -= 3600
            elif self.isdst == 0 and actual > 0:
                u += 3600
        return u


def _strftime(fmt, y, mo, d, hh, mi, ss, us, wd, yd, isdst, off, zname):
    f = _Fields(y, mo, d, hh, mi, ss, us, wd, yd, isdst, off, zname)
    fmt = _expand_own(fmt, f)
    s = _glibc_format(fmt, f, False)
    # time.strftime gives up (and returns '') when the result does not fit
    # a buffer of 256 bytes per format byte, rounded up to 1024 * 2**k
    limit = 1024
    while limit < 256 * _utf8_len(fmt):
        limit = limit * 2
    if _utf8_len(s) >= limit:
        return ''
    return s


def _utf8_len(s):
    n = 0
    for c in s:
        o = ord(c)
        if o < 0x80:
            n += 1
        elif o < 0x800:
            n += 2
        elif o < 0x10000:
            n += 3
        else:
            n += 4
    return n


def _expand_own(fmt, f):
    """CPython's first pass: substitute %f, %z, %:z and %Z."""
    out = []
    n = len(fmt)
    i = 0
    while i < n:
        j = fmt.find('%', i)
        if j < 0:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        c = _ch(fmt, j + 1)
        if c == 'f':
            out.append('%06d' % f.us)
        elif c == 'z':
            out.append(_format_offset(f.off, ''))
        elif c == 'Z':
            if f.zname is not None:
                # the name goes through strftime: keep its '%' literal
                out.append(f.zname.replace('%', '%%'))
        elif c == ':' and _ch(fmt, j + 2) == 'z':
            out.append(_format_offset(f.off, ':'))
            j += 1
        else:
            out.append(fmt[j:j + 2])
        i = j + 2
    return ''.join(out)


def _glibc_format(fmt, f, upper):
    out = []
    n = len(fmt)
    i = 0
    while i < n:
        j = fmt.find('%', i)
        if j < 0:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        i = _format_directive(fmt, j, f, upper, out)
    return ''.join(out)


def _format_directive(fmt, start, f, upper, out):
    """Format the directive at fmt[start] == '%' as glibc does; return
    where the text after it starts."""
    i = start + 1
    pad = ''
    swap = False
    while True:
        c = _ch(fmt, i)
        if c == '_' or c == '-' or c == '0':
            pad = c
        elif c == '^':
            upper = True
        elif c == '#':
            swap = True
        else:
            break
        i += 1
    width = -1
    c = _ch(fmt, i)
    if c != '' and '0' <= c <= '9':
        width = 0
        while c != '' and '0' <= c <= '9':
            width = width * 10 + ord(c) - 48
            i += 1
            c = _ch(fmt, i)
    mod = ''
    if c == 'E' or c == 'O':
        mod = c
        i += 1
        c = _ch(fmt, i)
    if c == '' or (mod == 'E' and c in _NO_E) or (mod == 'O' and c in _NO_O):
        _bad_directive(fmt, start, i, c, pad, width, upper, swap, out)
        if c == '':
            return i
        return i + 1
    if c in _COMPOSITE:
        s = _glibc_format(_COMPOSITE[c], f, upper)
        if upper:
            s = s.upper()
        out.append(_pad(s, width, _pad_char(pad)))
        return i + 1
    if c == 'z':
        if f.isdst >= 0:
            # the time tuple carries no UTC offset, so glibc sees zero
            out.append(_pad('+', width, _pad_char(pad)))
            out.append(_format_number(0, 4, '0', pad, width))
        return i + 1
    v = _number_directive(c, f)
    if v is not None:
        out.append(_format_number(v[0], v[1], v[2], pad, width))
        return i + 1
    s = _text_directive(c, f, upper, swap)
    if s is None:
        _bad_directive(fmt, start, i, c, pad, width, upper, swap, out)
        return i + 1
    out.append(_pad(s, width, _pad_char(pad)))
    return i + 1


def _pad_char(pad):
    if pad == '0':
        return '0'
    return ' '


def _bad_directive(fmt, start, i, c, pad, width, upper, swap, out):
    # glibc copies an unknown directive, flags and width included, padded
    # to the width; a '%' at the very end stands for itself.  '#' has
    # already upper-cased %b and %h before their modifier is refused.
    end = i + 1
    if c == '':
        end = i
    s = fmt[start:end]
    if upper or (swap and (c == 'b' or c == 'h')):
        s = s.upper()
    out.append(_pad(s, width, _pad_char(pad)))


def _number_directive(c, f):
    """(value, digits, default pad) for numeric conversions, else None."""
    if c == 'd':
        return f.d, 2, '0'
    if c == 'e':
        return f.d, 2, '_'
    if c == 'H':
        return f.hh, 2, '0'
    if c == 'k':
        return f.hh, 2, '_'
    if c == 'I' or c == 'l':
        h = f.hh % 12
        if h == 0:
            h = 12
        if c == 'I':
            return h, 2, '0'
        return h, 2, '_'
    if c == 'm':
        return f.mo, 2, '0'
    if c == 'M':
        return f.mi, 2, '0'
    if c == 'S':
        return f.ss, 2, '0'
    if c == 'y':
        return f.y % 100, 2, '0'
    if c == 'Y':
        return f.y, 1, '0'
    if c == 'C':
        return f.y // 100, 1, '0'
    if c == 'j':
        return f.yd, 3, '0'
    if c == 'w':
        return (f.wd + 1) % 7, 1, '0'
    if c == 'u':
        return f.wd + 1, 1, '0'
    if c == 'U':
        return (f.yd + 6 - (f.wd + 1) % 7) // 7, 2, '0'
    if c == 'W':
        return (f.yd + 6 - f.wd) // 7, 2, '0'
    if c == 'G':
        return f.iso()[0], 1, '0'
    if c == 'g':
        return f.iso()[0] % 100, 2, '0'
    if c == 'V':
        return f.iso()[1], 2, '0'
    if c == 's':
        return f.epoch_seconds(), 1, '_'
    return None


def _format_number(v, digits, dflt, pad, width):
    neg = v < 0
    if neg:
        v = -v
    s = '%d' % v
    p = pad
    if p == '':
        p = dflt
    if p != '-':
        fill = '0'
        if p == '_':
            fill = ' '
        s = _pad(s, digits, fill)
    fill = ' '
    if neg:
        s = '-' + s
        if pad == '0':
            fill = '0'
    elif p == '0':
        fill = '0'
    return _pad(s, width, fill)


def _text_directive(c, f, upper, swap):
    if c == 'a':
        s = _DAY_ABBR[f.wd]
    elif c == 'A':
        s = _DAY_FULL[f.wd]
    elif c == 'b' or c == 'h':
        s = _MON_ABBR[f.mo]
    elif c == 'B':
        s = _MON_FULL[f.mo]
    elif c == 'p' or c == 'P':
        s = 'AM'
        if f.hh >= 12:
            s = 'PM'
        if c == 'P' or swap:
            return s.lower()
        return s
    elif c == 'Z':
        # glibc's own zone: none for a tuple of unknown DST state, else
        # the local zone's name
        s = ''
        if f.isdst >= 0:
            s = _local_zone_name(f.isdst)
        if swap:
            return s.lower()
        if upper:
            return s.upper()
        return s
    elif c == 'n':
        return '\n'
    elif c == 't':
        return '\t'
    elif c == '%':
        return '%'
    else:
        return None
    if upper or swap:
        return s.upper()
    return s


def _local_zone_name(isdst):
    if hasattr(_time, 'tzname'):
        if isdst:
            return _time.tzname[1]
        return _time.tzname[0]
    return 'UTC'


# ---------------------------------------------------------------- strptime

_DIGITS = '0123456789'
_NZ = '123456789'

# The alternatives CPython's regular expressions try, in order, for each
# numeric directive: each alternative is a list of allowed characters.
_SP_ALTS = {
    'd': [['3', '01'], ['12', _DIGITS], ['0', _NZ], [_NZ], [' ', _NZ]],
    'H': [['2', '0123'], ['01', _DIGITS], [_DIGITS]],
    'I': [['1', '012'], ['0', _NZ], [_NZ]],
    'm': [['1', '012'], ['0', _NZ], [_NZ]],
    'M': [['012345', _DIGITS], [_DIGITS]],
    'S': [['6', '01'], ['012345', _DIGITS], [_DIGITS]],
    'U': [['5', '0123'], ['01234', _DIGITS], [_DIGITS]],
    'W': [['5', '0123'], ['01234', _DIGITS], [_DIGITS]],
    'V': [['5', '0123'], ['0', _NZ], ['1234', _DIGITS], [_DIGITS]],
    'j': [['3', '6', '0123456'], ['3', '012345', _DIGITS],
          ['12', _DIGITS, _DIGITS], ['0', _NZ, _DIGITS], ['0', '0', _NZ],
          [_NZ, _DIGITS], ['0', _NZ], [_NZ]],
    'y': [[_DIGITS, _DIGITS]],
    'Y': [[_DIGITS, _DIGITS, _DIGITS, _DIGITS]],
    'G': [[_DIGITS, _DIGITS, _DIGITS, _DIGITS]],
    'u': [['1234567']],
    'w': [['0123456']],
}
_SP_NAMES = {
    'a': ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    'A': ['monday', 'tuesday', 'wednesday', 'thursday', 'friday',
          'saturday', 'sunday'],
    'b': ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep',
          'oct', 'nov', 'dec'],
    'B': ['january', 'february', 'march', 'april', 'may', 'june', 'july',
          'august', 'september', 'october', 'november', 'december'],
    'p': ['am', 'pm'],
}
_SP_EXPAND = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y',
              'X': '%H:%M:%S'}
# characters CPython escapes before reading directives: after a '%' they
# make it complain about '%' itself
_SP_REGEX_CHARS = '\\.^$*+?(){}[]|'


def _sp_tokens(fmt, whole, toks):
    """Split a strptime format into tokens: ('w',) for a run of white
    space, ('l', char) for a literal, ('d', char) for a directive."""
    n = len(fmt)
    i = 0
    while i < n:
        c = fmt[i]
        if c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            toks.append(('w', ''))
            continue
        if c != '%':
            toks.append(('l', c.lower()))
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("stray %% in format '%s'" % whole)
        c = fmt[i + 1]
        i += 2
        if c == '%':
            toks.append(('l', '%'))
        elif c in _SP_EXPAND:
            _sp_tokens(_SP_EXPAND[c], whole, toks)
        elif (c in _SP_ALTS or c in _SP_NAMES or c == 'f' or c == 'z'
              or c == 'Z'):
            toks.append(('d', c))
        else:
            if c.isspace() or c in _SP_REGEX_CHARS:
                c = '%'
            raise ValueError("'%s' is a bad directive in format '%s'"
                             % (c, whole))
    return toks


def _sp_is_digit(s, i):
    return i < len(s) and '0' <= s[i] <= '9'


def _sp_candidates(tok, s, i):
    """End positions where token tok may stop when it starts at s[i], in
    the order CPython's regular expression would try them."""
    kind = tok[0]
    n = len(s)
    if kind == 'l':
        if i < n and s[i].lower() == tok[1]:
            return [i + 1]
        return []
    if kind == 'w':
        j = i
        while j < n and s[j].isspace():
            j += 1
        ends = []
        while j > i:
            ends.append(j)
            j -= 1
        return ends
    c = tok[1]
    if c in _SP_ALTS:
        ends = []
        for alt in _SP_ALTS[c]:
            k = 0
            while k < len(alt) and i + k < n and s[i + k] in alt[k]:
                k += 1
            if k == len(alt) and (i + k) not in ends:
                ends.append(i + k)
        return ends
    if c in _SP_NAMES or c == 'Z':
        if c == 'Z':
            names = _sp_zone_names()
        else:
            names = _SP_NAMES[c]
        ends = []
        for name in names:
            e = i + len(name)
            if e <= n and s[i:e].lower() == name and e not in ends:
                ends.append(e)
        return ends
    if c == 'f':
        j = i
        while j < n and j - i < 6 and '0' <= s[j] <= '9':
            j += 1
        ends = []
        while j > i:
            ends.append(j)
            j -= 1
        return ends
    return _sp_z_candidates(s, i)


def _sp_z_candidates(s, i):
    # [+-]HH[:]MM, optionally followed by [:]SS and then .f{1,6}; or 'Z'
    n = len(s)
    if i < n and s[i] == 'Z':
        return [i + 1]
    if i >= n or (s[i] != '+' and s[i] != '-'):
        return []
    if not (_sp_is_digit(s, i + 1) and _sp_is_digit(s, i + 2)):
        return []
    p = i + 3
    if p < n and s[p] == ':':
        p += 1
    if not (p < n and '0' <= s[p] <= '5' and _sp_is_digit(s, p + 1)):
        return []
    p += 2
    base = p
    ends = []
    q = p
    if q < n and s[q] == ':':
        q += 1
    if q < n and '0' <= s[q] <= '5' and _sp_is_digit(s, q + 1):
        q += 2
        if q < n and s[q] == '.':
            j = q + 1
            while j < n and j - q - 1 < 6 and '0' <= s[j] <= '9':
                j += 1
            while j > q + 1:
                ends.append(j)
                j -= 1
        ends.append(q)
    ends.append(base)
    return ends


def _sp_zone_names():
    names = ['utc', 'gmt']
    if hasattr(_time, 'tzname'):
        for z in _time.tzname:
            z = z.lower()
            if z not in names:
                names.append(z)
    # the regular expression lists longer names first
    out = []
    while names:
        best = 0
        k = 1
        while k < len(names):
            if len(names[k]) > len(names[best]):
                best = k
            k += 1
        out.append(names[best])
        names = names[:best] + names[best + 1:]
    return out


def _sp_match(toks, k, s, i, caps):
    """Match toks[k:] at s[i]; return where the match ends, or -1."""
    if k == len(toks):
        return i
    for e in _sp_candidates(toks[k], s, i):
        caps[k] = s[i:e]
        r = _sp_match(toks, k + 1, s, e, caps)
        if r >= 0:
            return r
    return -1


def _sp_week_julian(year, week, weekday, monday_first):
    """Day of the year (1-based, may be <= 0) for %U/%W week numbers."""
    first = _weekday_of_ord(_ymd_to_ord(year, 1, 1))
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _strptime(data, fmt):
    """Parse data with fmt like CPython's _strptime: returns (y, m, d, H,
    M, S, us, offset seconds or None, offset us, zone name or None)."""
    toks = _sp_tokens(fmt, fmt, [])
    caps = [None] * len(toks)
    end = _sp_match(toks, 0, data, 0, caps)
    if end < 0:
        raise ValueError('time data %r does not match format %r'
                         % (data, fmt))
    if end != len(data):
        raise ValueError('unconverted data remains: %s' % data[end:])
    year = None
    month = 1
    day = 1
    hour = 0
    minute = 0
    second = 0
    fraction = 0
    weekday = None
    julian = None
    week = None
    week_monday = True
    iso_year = None
    iso_week = None
    gmtoff = None
    gmtoff_us = 0
    zname = None
    ampm = ''
    k = 0
    while k < len(toks):
        if toks[k][0] == 'd' and toks[k][1] == 'p':
            ampm = caps[k].lower()
        k += 1
    k = 0
    while k < len(toks):
        tok = toks[k]
        v = caps[k]
        k += 1
        if tok[0] != 'd':
            continue
        c = tok[1]
        if c == 'y':
            year = int(v)
            if year <= 68:
                year += 2000
            else:
                year += 1900
        elif c == 'Y':
            year = int(v)
        elif c == 'G':
            iso_year = int(v)
        elif c == 'm':
            month = int(v)
        elif c == 'B' or c == 'b':
            month = _SP_NAMES[c].index(v.lower()) + 1
        elif c == 'd':
            day = int(v.strip())
        elif c == 'H':
            hour = int(v)
        elif c == 'I':
            hour = int(v)
            if ampm == '' or ampm == 'am':
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif c == 'M':
            minute = int(v)
        elif c == 'S':
            second = int(v)
        elif c == 'f':
            while len(v) < 6:
                v = v + '0'
            fraction = int(v)
        elif c == 'A' or c == 'a':
            weekday = _SP_NAMES[c].index(v.lower())
        elif c == 'w':
            weekday = (int(v) + 6) % 7
        elif c == 'u':
            weekday = int(v) - 1
        elif c == 'j':
            julian = int(v)
        elif c == 'U' or c == 'W':
            week = int(v)
            week_monday = c == 'W'
        elif c == 'V':
            iso_week = int(v)
        elif c == 'z':
            gmtoff, gmtoff_us = _sp_offset(v)
        elif c == 'Z':
            zname = v
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' "
                         "instead.")
    leap_fix = False
    if year is None:
        year = 1900
        if month == 2 and day == 29:
            year = 1904         # a leap year, so Feb 29 parses for now
            leap_fix = True
    if julian is None and weekday is not None:
        if week is not None:
            julian = _sp_week_julian(year, week, weekday, week_monday)
        elif iso_year is not None and iso_week is not None:
            d = date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year = d._year
            month = d._month
            day = d._day
        if julian is not None and julian <= 0:
            year -= 1
            if _is_leap(year):
                julian += 366
            else:
                julian += 365
    if julian is None:
        # validates the day like CPython does when computing tm_yday
        date(year, month, day)
    else:
        y, m, d = _ord_to_ymd(julian - 1 + _ymd_to_ord(year, 1, 1))
        _check_date(y, m, d)
        year = y
        month = m
        day = d
    if leap_fix:
        year = 1900
    return (year, month, day, hour, minute, second, fraction, gmtoff,
            gmtoff_us, zname)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    """time.strptime's work: the 11 fields of a struct_time."""
    for k, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (k, type(arg)))
    v = _strptime(data_string, format)
    year = v[0]
    if (year, v[1], v[2]) == (1900, 2, 29):
        year = 1904             # the leap year the date was parsed in
    n = _ymd_to_ord(year, v[1], v[2])
    yday = n - _ymd_to_ord(year, 1, 1) + 1
    isdst = -1
    if v[9] is not None:
        zone = v[9].lower()
        std, dst = _time.tzname
        if zone in ('utc', 'gmt', std.lower()):
            isdst = 0
        elif _time.daylight and zone == dst.lower() and std != dst:
            isdst = 1
    return (v[0], v[1], v[2], v[3], v[4], v[5], _weekday_of_ord(n), yday,
            isdst, v[9], v[7])


def _sp_offset(z):
    """(seconds, microseconds) of a %z match."""
    if z == 'Z':
        return 0, 0
    orig = z
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError('Inconsistent use of : in %s' % orig)
            z = z[:5] + z[6:]
    hours = int(z[1:3])
    minutes = int(z[3:5])
    seconds = 0
    if len(z) > 5:
        seconds = _sp_int(z[5:7])
    frac = z[8:]
    while len(frac) < 6:
        frac = frac + '0'
    us = int(frac)
    secs = (hours * 60 + minutes) * 60 + seconds
    if z[0] == '-':
        return -secs, -us
    return secs, us


def _sp_int(s):
    for c in s:
        if c < '0' or c > '9':
            raise ValueError("invalid literal for int() with base 10: %r"
                             % (s,))
    return int(s)


# --------------------------------------------------------- class constants

timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59,
                          seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)

time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

timezone.utc = timezone(timedelta(0))
timezone.min = timezone(timedelta(hours=-23, minutes=-59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc

_OWN_CLASSES = (timedelta, date, time, datetime, timezone, tzinfo,
                IsoCalendarDate)
