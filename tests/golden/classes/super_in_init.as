# super().__init__ runs the parent initialiser
class Base:
    def __init__(self, name):
        print("Base.__init__", name)
        self.name = name
class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        print("Child.__init__", age)
        self.age = age
    def describe(self):
        return f"{self.name} ({self.age})"
c = Child("ann", 7)
print(c.describe())
class Explicit(Base):
    def __init__(self):
        super(Explicit, self).__init__("explicit")
print(Explicit().name)
