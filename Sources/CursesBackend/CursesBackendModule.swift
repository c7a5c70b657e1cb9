import CNcursesw
/// Placeholder: the ncurses backend lands here.
public enum CursesBackendModule {}
