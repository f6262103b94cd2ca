# a user tzinfo subclass with DST: utcoffset/dst/tzname and the default fromutc
from datetime import tzinfo, timedelta, datetime, timezone

class Eastern(tzinfo):
    """US Eastern with the 2007+ rules, simplified to whole-day edges."""
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 8)
        end = datetime(dt.year, 11, 1)
        if start <= dt.replace(tzinfo=None) < end:
            return timedelta(hours=1)
        return timedelta(0)
    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'
    def __repr__(self):
        return 'Eastern()'

et = Eastern()
w = datetime(2024, 1, 15, 9, 30, tzinfo=et)
s = datetime(2024, 7, 4, 9, 30, tzinfo=et)
print(w, w.tzname(), w.dst(), repr(w))
print(s, s.tzname(), s.dst(), s.utcoffset())
print(s.astimezone(timezone.utc), w.astimezone(timezone.utc))
print(datetime(2024, 7, 4, 13, 30, tzinfo=timezone.utc).astimezone(et))
print(s.timetuple().tm_isdst, w.timetuple().tm_isdst, s.strftime('%H:%M %Z %z'))
print(s - w, s > w)
print(datetime.fromtimestamp(1720099800, et))

class Broken(tzinfo):
    def utcoffset(self, dt):
        return 5
    def tzname(self, dt):
        return 7

broken = datetime(2024, 1, 1, tzinfo=Broken())
for f in (broken.utcoffset, broken.tzname, broken.dst):
    try:
        f()
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__ + ':', e)
