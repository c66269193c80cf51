"""``python -m kg``: the same command as the ``kg`` console script (``[project.scripts]`` in
pyproject.toml names ``kg.cli:main``)."""
import sys

from kg.cli import main

if __name__ == "__main__":
    sys.exit(main())
