"""One recognizer per module, presidio style."""
