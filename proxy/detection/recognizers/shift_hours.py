"""Shift hours on nursing boards and hand-offs ("0700-1900", "7a-7p", "07:00-19:30"): a span of clock times,
never an identifier, and a sign that the words beside it on a staffing line are the staff on that shift."""

from __future__ import annotations

import re

# 24-hour clock pairs on the quarter hour (or 5-minute marks such as 0645), 12-hour "7a-7p", and colon forms.
SHIFT_HOURS = re.compile(
    r"(?<![\w/-])(?:(?:[01]\d|2[0-3])[0-5][05][ \t]?[-–][ \t]?(?:[01]\d|2[0-4])[0-5][05]"
    r"|(?:1[0-2]|[1-9])[ap][ \t]?[-–][ \t]?(?:1[0-2]|[1-9])[ap]"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d[ \t]?[-–][ \t]?(?:[01]?\d|2[0-4]):[0-5]\d)(?![\w/-])"
)
