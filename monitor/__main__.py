"""`python -m monitor` runs the same entry point as the console script."""

from monitor.cli import main

if __name__ == "__main__":
    main()
