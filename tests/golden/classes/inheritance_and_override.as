# subclasses inherit methods and may override them
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    def speak(self):
        return "purr; " + Animal.speak(self)
for a in (Animal("x"), Dog("rex"), Cat("tom")):
    print(a.speak(), a.kind(), type(a).__name__)
print(Dog.__bases__, Dog.__base__ is Animal, Animal.__bases__)
