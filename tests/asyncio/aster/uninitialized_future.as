# a Future or Task subclass whose __init__ skips the base one raises instead of crashing
import asyncio
class F(asyncio.Future):
    def __init__(self):
        pass
class T(asyncio.Task):
    def __init__(self):
        pass
for cls in (F, T):
    for op in ('set_result', 'done', 'add_done_callback', 'get_loop', 'repr', '_loop'):
        try:
            o = cls()
            if op == 'repr': r = repr(o)
            elif op == '_loop': r = o._loop
            elif op in ('set_result', 'add_done_callback'): r = getattr(o, op)(print)
            else: r = getattr(o, op)()
            print(cls.__name__, op, 'ok', r)
        except Exception as e:
            print(cls.__name__, op, type(e).__name__, e)
