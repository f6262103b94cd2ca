/*
 * import.c -- finding and running modules.
 *
 * Lookup order for `import name`: sys.modules, the builtin C modules, the
 * stdlib embedded in the binary, then name.as and name.py in the main
 * script's directory.  A module is entered into sys.modules before its
 * code runs (so circular imports see the partial module) and removed
 * again if that code fails.
 *
 * Packages exist in the embedded stdlib (stdlib/PKG/__init__.as):
 * importing PKG.NAME imports PKG first, then binds the submodule as an
 * attribute of PKG.  Relative imports resolve against __package__.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "import.h"
#include "compile.h"
#include "exc.h"
#include "interp.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "strbuf.h"
#include "ops.h"
#include "vm.h"

const NativeModuleDef native_modules[] = {
    { "sys", mod_sys_init },
    { "math", mod_math_init },
    { "time", mod_time_init },
    { "gc", mod_gc_init },
    { "contextvars", mod_contextvars_init },
    { "_asyncio", mod_asyncio_init },
    { "_collections", mod_collections_init },
    { "_random", mod_random_init },
    { "_heapq", mod_heapq_init },
    { "bisect", mod_bisect_init },
    { "_operator", mod_operator_init },
    { "_itertools", mod_itertools_init },
    { "_functools", mod_functools_init },
    { "_re", mod_re_init },
    { "_json", mod_json_init },
    { "ffi", mod_ffi_init },
    { "_os", mod_os_init },
    { "_socket", mod_socket_init },
    { "_signal", mod_signal_init },
    { "_select", mod_select_init },
    { "_traceback", mod_traceback_init },
    { "_weakref", mod_weakref_init },
    { "_thread", mod_thread_init },
    { NULL, NULL },
};

void import_set_script_dir(Thread *t, const char *dir)
{
    free(t->interp->script_dir);
    t->interp->script_dir = dir ? strdup(dir) : NULL;
}

/* Sets __package__ (and __path__ for a package) on a new module. */
static int set_package(Thread *t, ModuleObj *mod, const char *name, bool package)
{
    const char *dot = strrchr(name, '.');
    Value pkg = package ? val_from_obj(mod->name)
                        : dot ? str_new(t, name, (size_t)(dot - name)) : val_from_obj(NAME(t, empty));
    if (pkg == VAL_ERROR || dict_set_cstr(t, mod->dict, "__package__", pkg) < 0) return -1;
    if (!package) return 0;
    Value path = list_new(t, 0);
    return path == VAL_ERROR ? -1 : dict_set_cstr(t, mod->dict, "__path__", path);
}

static Value exec_source(Thread *t, const char *name, const char *filename, const char *src, size_t len,
                         bool package)
{
    uint32_t mark = gc_root_mark(t);
    Value m = module_new(t, name);
    if (m == VAL_ERROR) return m;
    gc_push_root(t, m);
    ModuleObj *mod = (ModuleObj *)val_as_obj(m);
    Value fname = str_from_cstr(t, filename);
    if (fname == VAL_ERROR) goto fail;
    gc_push_root(t, fname);
    if (dict_set_str(t, mod->dict, NAME(t, file), fname) < 0) goto fail;
    if (set_package(t, mod, name, package) < 0) goto fail;
    Value text = str_new(t, src, len);
    if (text == VAL_ERROR) goto fail;
    if (dict_set(t, t->interp->source_cache, fname, text) < 0) goto fail;
    if (dict_set_str(t, t->interp->modules, mod->name, m) < 0) goto fail;
    Value code = compile_source(t, src, len, filename, PARSE_FILE);
    if (code == VAL_ERROR) goto unregister;
    gc_push_root(t, code);
    if (vm_run_module(t, (CodeObj *)val_as_obj(code), mod->dict) == VAL_ERROR) goto unregister;
    gc_root_reset(t, mark);
    return m;
unregister: {
        Value exc = exc_fetch(t);
        gc_push_root(t, exc);
        dict_del(t, t->interp->modules, val_from_obj(mod->name));
        exc_clear(t);
        t->exc = exc;
    }
fail:
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

Value import_exec_source(Thread *t, const char *name, const char *filename, const char *src, size_t len)
{
    return exec_source(t, name, filename, src, len, false);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); buf = NULL; }
            else buf = nb;
        }
    }
    fclose(f);
    if (buf) *len = n;
    return buf;
}

static Value load_module(Thread *t, const char *name)
{
    for (const NativeModuleDef *d = native_modules; d->name; d++) {
        if (strcmp(d->name, name) != 0) continue;
        Value m = d->init(t);
        if (m == VAL_ERROR) return m;
        gc_push_root(t, m);
        int r = dict_set_str(t, t->interp->modules, ((ModuleObj *)val_as_obj(m))->name, m);
        gc_pop_roots(t, 1);
        return r < 0 ? VAL_ERROR : m;
    }
    size_t len;
    int package;
    const char *src = stdlib_source(name, &len, &package);
    if (src) {
        char fname[256], path[200];
        snprintf(path, sizeof path, "%s", name);
        for (char *p = path; *p; p++)
            if (*p == '.') *p = '/';
        snprintf(fname, sizeof fname, package ? "<stdlib>/%s/__init__.as" : "<stdlib>/%s.as", path);
        return exec_source(t, name, fname, src, len, package);
    }
    const char *dir = t->interp->script_dir ? t->interp->script_dir : ".";
    static const char *const exts[] = { ".as", ".py" };
    for (size_t i = 0; i < 2 && !strchr(name, '.'); i++) {
        size_t plen = strlen(dir) + strlen(name) + 8;
        char *path = malloc(plen);
        if (!path) return exc_no_memory(t);
        snprintf(path, plen, "%s/%s%s", dir, name, exts[i]);
        char *text = read_file(path, &len);
        if (text) {
            Value m = import_exec_source(t, name, path, text, len);
            free(text);
            free(path);
            return m;
        }
        free(path);
    }
    exc_raise(t, &ModuleNotFoundErrorType, "No module named '%s'", name);
    /* ImportError.name says which module was missing. */
    Value exc = t->exc;
    gc_push_root(t, exc);
    Value n = str_from_cstr(t, name);
    if (n != VAL_ERROR) {
        t->exc = VAL_UNBOUND;
        if (op_setattr(t, exc, str_intern(t, "name"), n) == 0) t->exc = exc;
    }
    gc_pop_roots(t, 1);
    return VAL_ERROR;
}

Value import_module(Thread *t, const char *name)
{
    StrObj *key = str_intern(t, name);
    if (!key) return VAL_ERROR;
    Value m = dict_get_str(t->interp->modules, key);
    if (m == VAL_NONE)      /* a module blocked on purpose, as in CPython */
        return exc_raise(t, &ModuleNotFoundErrorType, "import of %s halted; None in sys.modules", name);
    if (m != VAL_UNBOUND) return m;
    const char *dot = strrchr(name, '.');
    if (!dot) return load_module(t, name);
    /* A submodule: its package first, then the submodule becomes an
     * attribute of the package. */
    char *parent_name = strndup(name, (size_t)(dot - name));
    if (!parent_name) return exc_no_memory(t);
    Value parent = import_module(t, parent_name);
    free(parent_name);
    if (parent == VAL_ERROR) return parent;
    gc_push_root(t, parent);
    m = dict_get_str(t->interp->modules, key);
    if (m == VAL_UNBOUND) m = load_module(t, name);
    if (m != VAL_ERROR && module_check(parent)
        && dict_set_str(t, module_dict(parent), str_intern(t, dot + 1), m) < 0)
        m = VAL_ERROR;
    gc_pop_roots(t, 1);
    return m;
}

/* The absolute name of a relative import: `level` dots before `name`
 * (which may be empty), resolved against the importer's __package__. */
static Value resolve_relative(Thread *t, StrObj *name, int level, DictObj *globals)
{
    Value pkg = globals ? dict_get_str(globals, str_intern(t, "__package__")) : VAL_UNBOUND;
    if (!str_check(pkg) || STR(pkg)->len == 0)
        return exc_raise(t, &ImportErrorType, "attempted relative import with no known parent package");
    size_t end = STR(pkg)->len;
    for (int i = 1; i < level; i++) {
        while (end > 0 && STR(pkg)->data[end - 1] != '.') end--;
        if (end == 0) return exc_raise(t, &ImportErrorType, "attempted relative import beyond top-level package");
        end--;
    }
    StrBuf b;
    strbuf_init(&b);
    strbuf_append(&b, STR(pkg)->data, end);
    if (name->len) {
        strbuf_putc(&b, '.');
        strbuf_append(&b, name->data, name->len);
    }
    return strbuf_finish(t, &b);
}

/* `from package import name` also imports package.name when the package
 * has no such attribute yet. */
static int import_fromlist(Thread *t, Value module, Value fromlist)
{
    if (!module_check(module) || !tuple_check(fromlist)
        || dict_get_str(module_dict(module), str_intern(t, "__path__")) == VAL_UNBOUND)
        return 0;
    StrObj *pkg = ((ModuleObj *)val_as_obj(module))->name;
    TupleObj *names = TUPLE(fromlist);
    for (size_t i = 0; i < names->len; i++) {
        if (!str_check(names->items[i]) || str_eq_cstr(STR(names->items[i]), "*")) continue;
        Value have = op_getattr_opt(t, module, STR(names->items[i]));
        if (have == VAL_ERROR) return -1;
        if (have != VAL_UNBOUND) continue;
        StrBuf b;
        strbuf_init(&b);
        strbuf_printf(&b, "%s.%s", pkg->data, STR(names->items[i])->data);
        strbuf_putc(&b, '\0');
        const char *sub = b.data ? b.data : "";
        bool known = stdlib_source(sub, &(size_t){ 0 }, &(int){ 0 }) != NULL;
        Value m = known ? import_module(t, sub) : VAL_NONE;
        strbuf_free(&b);
        if (m == VAL_ERROR) return -1;
    }
    return 0;
}

Value import_name(Thread *t, StrObj *name, Value fromlist, int level, DictObj *globals)
{
    if (level > 0) {
        Value abs = resolve_relative(t, name, level, globals);
        if (abs == VAL_ERROR) return abs;
        gc_push_root(t, abs);
        Value m = import_module(t, str_cstr(abs));
        if (m != VAL_ERROR && import_fromlist(t, m, fromlist) < 0) m = VAL_ERROR;
        gc_pop_roots(t, 1);
        return m;
    }
    /* Import each dotted prefix in turn: a.b.c imports a, a.b, a.b.c. */
    Value top = VAL_UNBOUND, last = VAL_UNBOUND;
    for (size_t i = 0; i <= name->len; i++) {
        if (i < name->len && name->data[i] != '.') continue;
        char *prefix = strndup(name->data, i);
        if (!prefix) return exc_no_memory(t);
        last = import_module(t, prefix);
        free(prefix);
        if (last == VAL_ERROR) return last;
        if (top == VAL_UNBOUND) {
            top = last;
            gc_push_root(t, top);
        }
    }
    if (import_fromlist(t, last, fromlist) < 0) last = VAL_ERROR;
    gc_pop_roots(t, 1);
    if (last == VAL_ERROR) return last;
    return fromlist == VAL_NONE ? top : last;
}

Value import_from(Thread *t, Value module, StrObj *name)
{
    Value v = op_getattr_opt(t, module, name);
    if (v != VAL_UNBOUND) return v;
    Value mname = op_getattr_opt(t, module, NAME(t, name));
    Value file = op_getattr_opt(t, module, NAME(t, file));
    if (mname == VAL_ERROR || file == VAL_ERROR) return VAL_ERROR;
    if (file != VAL_UNBOUND && str_check(file))
        return exc_raise(t, &ImportErrorType, "cannot import name '%U' from '%S' (%S)", name, mname, file);
    return exc_raise(t, &ImportErrorType, "cannot import name '%U' from '%S' (unknown location)", name,
                     mname == VAL_UNBOUND ? val_from_obj(NAME(t, empty)) : mname);
}
