# os.path is the posixpath module, reachable in every import form.
import os.path
from os import path
import posixpath
from os.path import join

print(os.path is path, path is posixpath, join is posixpath.join, path.__name__)
print(path.sep, path.curdir, path.pardir, path.extsep, path.pathsep, path.altsep,
      path.devnull, path.defpath, path.supports_unicode_filenames)
