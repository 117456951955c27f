"""Quick exit ("Forlat siden"): where the button leads and the texts it shows, for the templates."""
