"""Document templates. dev_* feed the development corpus; heldout_* are written separately, with
different phrasing and layout, and feed only the held-out corpus (detector authors must not read them)."""
