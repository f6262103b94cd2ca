# indexing past the end of a string
"abc"[10]
