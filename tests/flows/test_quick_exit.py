"""A finished CLI run leaves without interpreter teardown, but with its exit code and everything it printed (in a
child process: the handler ends the process it runs in)."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHILD = """
import atexit, logging, sys
from dateline.flows.startup import QuickExit
leave = QuickExit()
atexit.register(print, "a later handler ran first")  # registered after: runs before the quick exit
logging.basicConfig(stream=sys.stderr)
logging.getLogger("child").warning("logged")
print("printed", end="")  # no newline: still in the buffer at exit
{body}
"""


@pytest.mark.parametrize(("body", "code"), [("leave.code = 0", 0), ("leave.code = 2", 2),
                                             ("raise RuntimeError('the run failed')", 1)])
def test_quick_exit_keeps_the_exit_code_and_the_output(body: str, code: int) -> None:
    out = subprocess.run([sys.executable, "-c", CHILD.format(body=body)], capture_output=True, text=True, timeout=60)
    assert out.returncode == code, out.stderr
    assert out.stdout.startswith("printed") and "a later handler ran first" in out.stdout
    assert "logged" in out.stderr
    if code == 1:
        assert "the run failed" in out.stderr
