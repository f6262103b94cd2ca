# an uncaught user-defined exception is shown by its class name
class ConfigError(Exception):
    pass
def load():
    raise ConfigError("missing setting 'port'")
load()
