# captureWarnings routes warnings to the "py.warnings" logger
import logging
import sys
import warnings

logging.basicConfig(stream=sys.stdout, format="%(name)s %(levelname)s %(message)s")
logging.captureWarnings(True)
warnings.warn("captured")
logging.captureWarnings(False)
sys.stderr = sys.stdout
warnings.warn("printed again")
