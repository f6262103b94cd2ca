/*
 * obj_file.h -- file objects: text (UTF-8) or binary I/O over a file
 * descriptor with aster's own buffering; open(), sys.stdin/stdout/stderr.
 *
 * Buffering: stdout is line-buffered on a terminal and block-buffered
 * otherwise, stderr is unbuffered (flushed after every write), files are
 * block-buffered.  Every open file is on a weak list (a registry object
 * kept in the sys module's dict), so file_flush_all can flush them all at
 * exit and open() can flush pending writes before a file is read back;
 * a file the program drops is flushed and closed by the collector.
 */
#ifndef ASTER_OBJ_FILE_H
#define ASTER_OBJ_FILE_H

#include "object.h"

/* FileListType is the registry of open files (internal). */
extern TypeObj FileType, FileListType;
/* For the interpreter's list of static types. */
#define FILE_TYPES &FileType, &FileListType,

static inline bool file_check(Value v) { return val_is_type(v, &FileType); }

/* The builtin open(file, mode='r', buffering=-1, encoding=None,
 * errors=None, newline=None, closefd=True, opener=None).  Raises the
 * OSError subclass of the failure ("[Errno 2] No such file or directory:
 * 'x'"). */
Value file_open(Thread *t, Value *args, int nargs, TupleObj *kwnames);
/* A text file object over an inherited descriptor (the standard
 * streams): name like "<stdout>", mode "r" or "w"; the descriptor is not
 * closed with the object.  May collect. */
Value file_from_fd(Thread *t, int fd, const char *name, const char *mode);

/* Appends UTF-8 text to a writable text file's buffer without applying
 * the buffering policy; call file_commit after a batch of writes (print
 * writes its pieces, then commits once).  Raises ValueError on a closed
 * file, TypeError on a binary one.  Never collects except to raise. */
int file_write_text(Thread *t, Value file, const char *s, size_t len);
/* Applies the buffering policy after writes: flush when unbuffered, or
 * when line-buffered and a newline was written. */
int file_commit(Thread *t, Value file);
/* Writes the buffer to the descriptor.  OSError on failure. */
int file_flush(Thread *t, Value file);

/* The same for any file-like object: a FileObj directly, anything else
 * through its write()/flush()/readline() methods (script code). */
int file_write_any(Thread *t, Value file, Value str);
int file_flush_any(Thread *t, Value file);
/* One line (with its "\n"; "" at end of file) from a file-like object. */
Value file_readline_any(Thread *t, Value file);

/* sys.<name> ("stdout" ...), or VAL_UNBOUND if sys or the entry is
 * missing.  Never raises. */
Value file_std_stream(Thread *t, const char *name);
/* Writes text to sys.stderr (or fd 2 when there is none) and flushes.
 * Never raises: errors are dropped, as there is nowhere to report them. */
void file_write_stderr(Thread *t, const char *data, size_t len);
/* Flushes every open file (at exit).  Never raises. */
void file_flush_all(Thread *t);

#endif
