"""Evaluation corpus (entirely invented documents) and the metrics the evaluation command reports.

Nothing here may read proxy/detection/lexicons/: the corpus is built from Faker locales and hand-written
lists in eval/sources/ so that recall measures generalisation, not memorisation of the detector's lists.
"""
