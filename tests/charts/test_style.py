"""Charts: the one plotting style, as a notebook kernel applies it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from analysis import config

# A notebook in miniature: an IPython shell with the inline backend (as in a
# Jupyter kernel), the setup cell, then a chart cell. Every drawing of the
# figure is counted, and so is every PNG the shell displays.
CHART_CELL_IN_A_SHELL = textwrap.dedent(
    """
    import json
    from IPython.core.interactiveshell import InteractiveShell
    from matplotlib.figure import Figure

    draws = []
    real_draw = Figure.draw
    def counted_draw(self, renderer):
        draws.append(type(renderer).__name__)
        return real_draw(self, renderer)
    Figure.draw = counted_draw

    shell = InteractiveShell.instance()
    pngs = []
    shell.display_pub.publish = lambda data, *a, **k: pngs.append("image/png" in data)
    setup = shell.run_cell("from analysis.charts import plot_bars, use_style; use_style()")
    chart = shell.run_cell(
        "import pandas as pd\\n"
        "ax = plot_bars(pd.Series({'a': 2, 'b': 1}), title='t', xlabel='x', source='s')"
    )
    print(json.dumps({"ok": setup.success and chart.success, "draws": draws, "pngs": pngs}))
    """
)


def test_inline_figure_is_drawn_once_for_its_png():
    # The inline backend draws a figure twice for a tight PNG: a layout pass
    # (with drawing switched off) and the PNG itself. pyplot's own redraw
    # after the cell would be a third, unseen drawing.
    env = dict(os.environ, MPLBACKEND="module://matplotlib_inline.backend_inline")
    result = subprocess.run(
        [sys.executable, "-c", CHART_CELL_IN_A_SHELL],
        capture_output=True,
        text=True,
        env=env,
        cwd=config.PROJECT_ROOT,
        check=True,
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["ok"]
    assert seen["pngs"] == [True]  # the chart is still shown, once
    assert len(seen["draws"]) == 2
