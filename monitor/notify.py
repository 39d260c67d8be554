"""Desktop notifications through `notify-send`, where the desktop has it.

Always an argument list (never a shell), with feed text cleaned of control
characters, so a hostile title cannot run anything or garble the notice.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Sequence

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _spawn(args: Sequence[str]) -> object:
    return subprocess.Popen(  # noqa: S603 - argument list, never a shell
        list(args), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def desktop_notify(
    title: str,
    body: str,
    *,
    runner: Callable[[Sequence[str]], object] = _spawn,
    which: Callable[[str], str | None] = shutil.which,
) -> bool:
    """Show a notice; False when there is no notify-send or it cannot start (the bell still rings)."""
    program = which("notify-send")
    if program is None:
        return False
    args = [program, "--app-name=monitor", "--urgency=critical", "--",
            _CONTROL.sub(" ", title)[:200], _CONTROL.sub(" ", body)[:1000]]
    try:
        runner(args)
    except OSError:
        return False
    return True
