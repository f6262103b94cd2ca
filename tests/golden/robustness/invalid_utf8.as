# a source file with invalid UTF-8 bytes (written as raw bytes)
print('must not appear')
s = 'ÿþ bad bytes'
print(s)
