from abc import ABC, abstractmethod
from dataclasses import dataclass
class Shape(ABC):
    @abstractmethod
    def __repr__(self): ...
@dataclass
class Sq(Shape):
    side: int
print(Sq(2), Sq.__abstractmethods__)
