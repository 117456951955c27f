"""Tell no other site which page of this site someone came from."""
