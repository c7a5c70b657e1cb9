import AccessCore
import TerminalUI

/// What the terminal runtime needs besides the API: the app's configuration and the polling pace.
public struct RuntimeOptions: Sendable {
    public var app: AppConfig
    /// Seconds between polls (floor 1).
    public var pollInterval: Int
    /// `NO_COLOR`-style attributes-only rendering.
    public var noColor: Bool
    /// Unix seconds; injected so that tests and demos control time.
    public var clock: @Sendable () -> Int64

    public init(app: AppConfig, pollInterval: Int = 5, noColor: Bool = false, clock: @escaping @Sendable () -> Int64) {
        self.app = app
        self.pollInterval = pollInterval
        self.noColor = noColor
        self.clock = clock
    }
}
