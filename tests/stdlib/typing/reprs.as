from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type,
                    Callable, Awaitable, Coroutine, AsyncIterator, AsyncIterable,
                    AsyncGenerator, Iterator, Iterable, Generator, Sequence,
                    MutableSequence, Mapping, MutableMapping, Literal, Final,
                    ClassVar, Annotated, NoReturn, Never, Self, TypeVar, Deque,
                    DefaultDict, OrderedDict, Counter, ChainMap, Hashable, Sized,
                    Collection, Container, Reversible, AbstractSet, ContextManager,
                    AsyncContextManager, Text, AnyStr, LiteralString, TypeAlias,
                    TypeGuard, Required, NotRequired, Concatenate, ParamSpec)

T = TypeVar('T')
print(Any, NoReturn, Never, Self, LiteralString, TypeAlias)
print(List, Dict, Set, FrozenSet, Tuple, Type, Callable, Deque, DefaultDict)
print(Iterable, Iterator, Generator, Awaitable, Coroutine, AsyncIterator, AsyncIterable, AsyncGenerator)
print(Sequence, MutableSequence, Mapping, MutableMapping, AbstractSet, Hashable, Sized, Collection, Container, Reversible)
print(OrderedDict, Counter, ChainMap, ContextManager, AsyncContextManager)
print(List[int], Dict[str, int], Set[bytes], FrozenSet[T], Type[int], Deque[float])
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Tuple[List[int], Dict[str, T]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable[[T], List[T]])
print(Iterable[int], Iterator[str], Generator[int, None, str], Awaitable[int])
print(Coroutine[Any, Any, int], AsyncIterator[bytes], AsyncGenerator[int, None])
print(Sequence[int], Mapping[str, Any], MutableMapping[str, int], DefaultDict[str, List[int]])
print(Optional[int], Optional[List[str]], Union[int, str], Union[int, str, None])
print(Union[int], Union[int, int], Union[int, Union[str, float]], Optional[Optional[int]])
print(Union[None, int], Union[int, None, str])
print(Literal['a'], Literal[1, 'b', None, True], Literal[Literal[1], 2])
print(ClassVar[int], Final[List[int]], Annotated[int, 'meta', 5], TypeGuard[int])
print(Required[int], NotRequired[str], Text, AnyStr)
print(Dict[str, 'Node'], List['int'], Optional['Tree'])
class Node:
    pass
print(List[Node], Dict[str, Node], Optional[Node], Callable[[Node], Node])
print(Tuple[int, ...][0] if False else 'ok')
P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Concatenate[int, P])
print(List[int] | None, int | List[str], Optional[int] | str)
