"""analysis.charts: chart modules load on first use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_python(code: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True)


def test_a_chart_module_loads_only_when_one_of_its_names_is_used():
    run_python(
        "import sys\n"
        "import analysis.charts as charts\n"
        "assert 'analysis.charts.split' not in sys.modules\n"
        "assert 'analysis.money' not in sys.modules\n"
        "charts.plot_split\n"
        "assert 'analysis.charts.split' in sys.modules\n"
    )
