# types.new_class, prepare_class, resolve_bases, get_original_bases,
# and types.coroutine (a generator function made awaitable).
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"from_prepare": True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
C = types.new_class("C", (list[int],), {"metaclass": Meta, "k": 1}, lambda ns: ns.update(x=5))
print(C.__mro__, C.x, C.from_prepare, type(C).__name__, types.get_original_bases(C))
print(types.prepare_class("D", (int,)), types.resolve_bases((list[int], str)))
@types.coroutine
def legacy():
    yield
import asyncio
async def main():
    await legacy()
    print("awaited a generator-based coroutine")
asyncio.run(main())
try: types.coroutine(3)
except TypeError as e: print(e)
