from typing import (Any, List, Dict, Union, Optional, Callable, Tuple, ClassVar, Final,
                    Literal, TypeVar, Generic, Protocol, NoReturn, Annotated, Iterable)

attempts = [
    lambda: List[int, str],
    lambda: Dict[int],
    lambda: Union[()],
    lambda: Optional[int, str],
    lambda: Callable[int, str],
    lambda: Callable[[int]],
    lambda: ClassVar[int, str],
    lambda: isinstance(1, List[int]),
    lambda: issubclass(int, Dict[str, int]),
    lambda: isinstance(1, Union),
    lambda: isinstance(1, Any),
    lambda: Any(),
    lambda: List(),
    lambda: Union(),
    lambda: NoReturn[int],
    lambda: Annotated[int],
    lambda: Annotated(),
    lambda: List[3],
    lambda: Generic(),
    lambda: Protocol(),
]
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as e:
        print('TypeError:', e)

print(isinstance([], List), isinstance({}, Dict), issubclass(list, List), isinstance([], Iterable))
print(isinstance(1, Union[int, str]), isinstance(1.5, Optional[int]), isinstance(None, Optional[int]))
print(Union[int, str] == Union[str, int], Literal[1, 2] == Literal[2, 1], List[int] == List[int], List[int] == List[str])
print(hash(Union[int, str]) == hash(Union[str, int]), {List[int]: 1}[List[int]])
