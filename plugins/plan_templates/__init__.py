"""Plan templates (docs/planmaler/*.yml): checked at build time and kept out of the built site."""
