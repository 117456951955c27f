"""Self-host third-party front-end files and refuse any build that loads from another host."""
