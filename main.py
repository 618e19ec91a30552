from ocop_desktop.app import main
main()
