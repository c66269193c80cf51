"""The package's version (``kg.__version__``), in a module of its own so that the modules that
need it (the cache's fingerprint) need not import the package."""
__version__ = "0.1.0"
