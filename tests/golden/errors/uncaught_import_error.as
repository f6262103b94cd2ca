# importing a module that does not exist
import definitely_not_a_module
