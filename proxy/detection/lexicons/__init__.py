"""Word lists for the lexical recognizers: names, places, clinical stop-vocabulary (see SOURCES.md)."""
