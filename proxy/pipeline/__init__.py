"""A request becomes one Context that passes an ordered chain of small stages."""
