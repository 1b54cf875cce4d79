"""analysis.runner: what importing it costs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_nbformat_loads_without_compiling_the_rfc3987_grammars():
    code = (
        "import sys\n"
        "import analysis.runner\n"
        "import nbformat\n"
        "assert 'jsonschema' in sys.modules\n"
        "assert sys.modules.get('rfc3987_syntax') is None\n"
        "assert 'lark' not in sys.modules\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True)
