# method argument counts include self in the message
class Box:
    def put(self, item):
        return item
Box().put()
