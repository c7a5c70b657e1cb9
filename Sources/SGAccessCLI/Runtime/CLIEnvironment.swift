import AccessCore
import AccessLedger
import Foundation
import SendGridAPI
import SendGridSimulator
import TerminalKit

/// Everything a command needs from the outside world, injected so the commands run unchanged in tests:
/// environment variables, terminal detection, the prompt, the API client, the address-discovery fetch,
/// the simulator, the wait for a termination signal and the clock.
public struct CLIEnvironment: Sendable {
    /// Environment variables (`SENDGRID_API_KEY`, `SENDGRID_BASE_URL`, `SGACCESS_MY_IPS`, `SSH_CONNECTION`).
    public var variables: [String: String]
    /// True when standard input is a terminal (then `remove` may ask for confirmation).
    public var stdinIsTerminal: Bool
    /// Asks a yes/no question on the terminal; only called when `stdinIsTerminal`.
    public var confirm: @Sendable (String) async -> Bool
    /// Builds the API client; live: `ServiceFactory.make`.
    public var makeService: @Sendable (ClientConfiguration) throws -> any AccessSettingsService
    /// Fetches a discovery URL's body (plain text holding the public address); nil uses `MyAddressResolver`'s
    /// AsyncHTTPClient GET (5-second timeout).
    public var fetchText: MyAddressResolver.Fetch?
    /// Starts a simulator and returns its base URL and a way to stop it.
    public var startSimulator: @Sendable (SimulatorConfiguration) async throws -> SimulatorHandle
    /// Returns when the process is asked to stop (SIGINT or SIGTERM).
    public var waitForTermination: @Sendable () async -> Void
    /// Starts catching SIGINT and SIGTERM for `waitForTermination`, so that a signal arriving before the wait
    /// begins is not lost (called by `sim` before it says it is listening).
    public var armTermination: @Sendable () -> Void
    /// The time now, in Unix seconds (for "who was seen allowed in the last 24h"); live: the system clock.
    public var now: @Sendable () -> Int64
    /// What the locale lets human output hold; live: detected from the locale (`Charset.detect`). In ASCII
    /// every human line is folded (`OutputSink.folded(to:keepingOut:)`); JSON stays UTF-8.
    public var charset: Charset = .utf8
    /// This host's name, for the journal's operator ("ops@bastion"); live: `gethostname`.
    public var hostName: String?
    /// The login name when neither `USER` nor `LOGNAME` is set (a bare `ssh host cmd`, cron); live: the password
    /// database's name for the effective user.
    public var userName: String?
    /// The local records (journal, notes, dismissals) of an account; nil: files under `$XDG_STATE_HOME/sgaccess`
    /// (`FileLedger.inStateFolder`), or memory when there is no state folder. Tests inject one shared store.
    public var makeLedger: (@Sendable (LedgerAccount) -> any LedgerStore)?
    /// Reads all of standard input (`plan -`, `apply -`); nil reads the process's. Tests inject the text.
    public var readStandardInput: (@Sendable () -> Data)?
    /// Asks for a line of text on the terminal (a typed confirmation); nil answers nothing. Only called when
    /// `stdinIsTerminal`.
    public var askLine: (@Sendable (String) async -> String?)?

    public init(
        variables: [String: String],
        stdinIsTerminal: Bool,
        confirm: @escaping @Sendable (String) async -> Bool,
        makeService: @escaping @Sendable (ClientConfiguration) throws -> any AccessSettingsService,
        fetchText: MyAddressResolver.Fetch? = nil,
        startSimulator: @escaping @Sendable (SimulatorConfiguration) async throws -> SimulatorHandle,
        waitForTermination: @escaping @Sendable () async -> Void,
        armTermination: @escaping @Sendable () -> Void = {},
        now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }
    ) {
        self.variables = variables
        self.stdinIsTerminal = stdinIsTerminal
        self.confirm = confirm
        self.makeService = makeService
        self.fetchText = fetchText
        self.startSimulator = startSimulator
        self.waitForTermination = waitForTermination
        self.armTermination = armTermination
        self.now = now
    }
}
