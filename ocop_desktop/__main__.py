"""``python -m ocop_desktop``: the command line (same operations as the GUI)."""

from ocop_desktop.cli import main

if __name__ == "__main__":
    main()
