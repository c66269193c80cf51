"""Tools of the source tree, run from the repository's root (``python -m tools.benchmark``): not
part of the installed packages, which never import them."""
