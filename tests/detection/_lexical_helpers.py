"""Shared helper for the lexical recognizer tests: run one recognizer, return the matched strings."""

from proxy.detection.recognizer import TextView


def found(recognizer, text: str) -> list[str]:
    return [text[f.start:f.end] for f in recognizer.analyze(TextView(text))]
