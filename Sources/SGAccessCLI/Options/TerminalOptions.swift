import ArgumentParser
import Foundation
import TerminalApp
import TerminalUI

/// Options of the terminal app, shared by `tui` and `demo`.
public struct TerminalOptions: ParsableArguments, Sendable {
    @Flag(name: .customLong("read-only"), help: "Remove every binding that changes the list; READ-ONLY is shown.")
    public var readOnly = false

    // Optional so that a profile's poll_interval / activity_limit apply when the flag is not given.
    @Option(
        name: .customLong("poll-interval"),
        help: ArgumentHelp(
            "Seconds between polls of the activity (at least 1; default: the profile's poll_interval, else 5).",
            valueName: "SECONDS"))
    public var pollInterval: Int?

    @Option(
        name: .customLong("list-interval"),
        help: ArgumentHelp(
            "Seconds between reads of the allow list, which is also read after every change and on r (at least 1; "
                + "default: the profile's list_interval, else 60).", valueName: "SECONDS"))
    public var listInterval: Int?

    @Option(
        name: .customLong("activity-limit"),
        help: "How many recent access attempts to ask for (default: the profile's activity_limit, else 100).")
    public var activityLimit: Int?

    @Flag(name: .customLong("no-color"), help: "Attributes only, no colours (also when NO_COLOR is set).")
    public var noColor = false

    public init() {}

    public func validate() throws {
        if let pollInterval, pollInterval < 1 {
            throw ValidationError("--poll-interval must be at least 1 second (got \(pollInterval)).")
        }
        if let listInterval, listInterval < 1 {
            throw ValidationError("--list-interval must be at least 1 second (got \(listInterval)).")
        }
        if let activityLimit, !(1...1000).contains(activityLimit) {
            throw ValidationError("--activity-limit must be between 1 and 1000 (got \(activityLimit)).")
        }
    }

    /// The default log file while curses owns the terminal: `$XDG_STATE_HOME/sgaccess/sgaccess.log`.
    static func defaultLogFile(variables: [String: String]) -> String {
        let state =
            variables["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((variables["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        let folder = state + "/sgaccess"
        try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        return folder + "/sgaccess.log"
    }

    /// The runtime's options for `app`, whose poll interval is already resolved (flag > profile > default).
    func runtimeOptions(app: AppConfig) -> RuntimeOptions {
        RuntimeOptions(app: app, noColor: noColor, clock: { Int64(Date().timeIntervalSince1970) })
    }
}
