# filterwarnings: message prefix (any case), category, module, lineno
import sys
import warnings

sys.stderr = sys.stdout
warnings.simplefilter("always")
warnings.filterwarnings("ignore", message="noisy")
warnings.warn("noisy thing")
warnings.warn("NOISY thing in capitals")
warnings.warn("not noisy")
warnings.filterwarnings("error", category=RuntimeWarning, module="__main__")
try:
    warnings.warn("rt", RuntimeWarning)
except RuntimeWarning as e:
    print("error:", e)
warnings.filterwarnings("ignore", module="elsewhere")
warnings.warn("module does not match")
warnings.filterwarnings("ignore", lineno=19)
warnings.warn("line 19 is ignored")
warnings.warn("line 20 is not")
warnings.filterwarnings("ignore", category=FutureWarning, append=True)
print(warnings.filters[-1][0], warnings.filters[-1][2].__name__)
warnings.warn("future, shadowed by always", FutureWarning)
print(len(warnings.filters))
warnings.filterwarnings("ignore", message="noisy")
print(len(warnings.filters))
