import AccessCore
import AccessLedger
import TerminalUI

/// What the terminal runtime needs besides the API and the terminal: the app's configuration and the clock.
public struct RuntimeOptions: Sendable {
    /// The app's configuration, the poll interval (`AppConfig.pollInterval`) included.
    public var app: AppConfig
    /// `NO_COLOR`-style attributes-only rendering.
    public var noColor: Bool
    /// Unix seconds; injected so that tests and demos control time.
    public var clock: @Sendable () -> Int64
    /// Builds the snapshots of answers, off the main actor.
    public var snapshots: any SnapshotBuilder
    /// Who is at the keyboard, for the journal (`JournalActor.program` is "app").
    public var actor: JournalActor
    /// Told how long each key read took to reach the screen; nil (the default) measures nothing.
    public var keyLatency: (any KeyLatencySink)?
    /// Called on the main actor once a changed list has replaced the previous one (whose memory is free by then), so
    /// that the launcher can hand freed heap back to the system; it must not block (dispatch the work elsewhere).
    public var releaseMemory: (@Sendable () -> Void)?

    public init(
        app: AppConfig, noColor: Bool = false, clock: @escaping @Sendable () -> Int64,
        snapshots: any SnapshotBuilder = StandardSnapshotBuilder(),
        actor: JournalActor = JournalActor(user: nil, host: nil, sshClient: nil, program: "app"),
        keyLatency: (any KeyLatencySink)? = nil, releaseMemory: (@Sendable () -> Void)? = nil
    ) {
        self.app = app
        self.noColor = noColor
        self.clock = clock
        self.snapshots = snapshots
        self.actor = actor
        self.keyLatency = keyLatency
        self.releaseMemory = releaseMemory
    }
}
