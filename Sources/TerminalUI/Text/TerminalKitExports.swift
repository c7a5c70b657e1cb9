/// `Sanitizer`, `HostileScalars`, `DisplayWidth` and `TextLayout` live in TerminalKit (below every module that
/// prints); TerminalUI re-exports them so that its users keep writing `Sanitizer.sanitize(_:)` unchanged.
@_exported import TerminalKit
