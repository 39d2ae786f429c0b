"""The command line: a thin layer over the package. Each command lives in its own module."""
