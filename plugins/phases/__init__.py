"""Phase data (docs/data/phases.yml) rendered into the forside overview and the phase pages."""
