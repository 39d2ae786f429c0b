"""Value sources for the corpus: Faker locales and lists written by hand for this corpus only."""
