"""The Python API: the functions the CLI calls, for notebooks and scripts."""
from __future__ import annotations
