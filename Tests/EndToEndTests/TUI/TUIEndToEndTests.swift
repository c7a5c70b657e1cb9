import TestSupport
import Testing

/// The real `sgaccess tui` in tmux against an in-process simulator. Serialized (recursively, for the nested suites
/// in the other files): each test owns a tmux server and a simulator, and the machine has few cores.
@Suite("Terminal app end to end (tmux)", .serialized)
struct TUIEndToEndTests {}
