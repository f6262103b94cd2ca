# repr picks quotes and escapes control and non-printable characters
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there\nnewline\rcr\\back"))
print(repr("\x00\x07\x1b\x7f"), repr("é☃😀"), repr("\u200b\xa0\xad"))
print(repr("\U0001f600"), ascii("é☃😀"))
print(str("a'b"), [("x", "y's")])
