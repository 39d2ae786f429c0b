"""The HTTP face: a thin layer that turns requests into Contexts and runs the chain."""
