"""The awaitable anext(iterator, default) returns (the builtin is C)."""


async def anext_or_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
