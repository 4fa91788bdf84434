"""The Qt window. The only package that imports Qt; it calls the service functions like the command line."""
