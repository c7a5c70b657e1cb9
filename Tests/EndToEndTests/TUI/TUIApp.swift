import AccessCore
import Foundation
import SendGridSimulator
import TestSupport

/// The real `sgaccess tui` running in a tmux pane against a simulator started in this process.
///
/// The pane runs `sgaccess tui …; stty -a > stty.txt; echo $? > exit.txt; sleep 60`, so once the app ends the test
/// can read its exit status and the terminal modes it left behind. `run` always kills the tmux server and stops the
/// simulator, whatever the body does.
struct TUIApp {
    /// The address the simulator sees the app calling from; the demo seed's 203.0.113.0/24 covers it.
    static let clientIP = "203.0.113.10"

    let simulator: RunningSimulator
    let tmux: TmuxSession
    /// The app's working folder: its logs (`XDG_STATE_HOME`), `exit.txt` and `stty.txt`, and any redirections.
    let folder: ScratchFolder

    /// The app's working folder as a URL.
    var scratch: URL { folder.url }

    /// Starts a demo-seeded, enforcing simulator (no background traffic) and the app against it, runs `body`,
    /// then tears both down.
    /// - Parameters:
    ///   - arguments: extra `tui` options, e.g. `--read-only`.
    ///   - variables: extra environment variables for the app (they override the defaults).
    ///   - unsetting: environment variables the app must not get (e.g. `TERM`).
    ///   - redirection: shell redirections for the app, relative to the scratch folder (e.g. `2> stderr.txt`).
    ///   - myIP: the `--my-ip` given to the app; nil gives none (the app must learn or be told this host's address).
    ///   - baseURLFlag: false starts the app without `--base-url` (a config file's profile names the host).
    ///   - configure: changes to the simulator's configuration (scoped keys, faults, …).
    ///   - prepare: runs with the scratch folder before the app starts (e.g. to make a FIFO there).
    ///   - prepareWith: runs after `prepare` with the running simulator too (e.g. to write a config file naming
    ///     its URL, or to give a subuser tenant its rules).
    static func run(
        arguments: [String] = [], variables: [String: String] = [:], unsetting: [String] = [],
        redirection: String = "", width: Int = 120, height: Int = 40, myIP: String? = clientIP,
        baseURLFlag: Bool = true,
        configure: (inout SimulatorConfiguration) -> Void = { _ in },
        prepare: (URL) throws -> Void = { _ in },
        prepareWith: (RunningSimulator, URL) throws -> Void = { _, _ in },
        _ body: (TUIApp) async throws -> Void
    ) async throws {
        try await withSimulator(configure: configure) { simulator, scratch in
            try prepare(scratch.url)
            try prepareWith(simulator, scratch.url)
            let command = try paneCommand(
                simulator: simulator, scratch: scratch.url, arguments: arguments, variables: variables,
                unsetting: unsetting, redirection: redirection, myIP: myIP, baseURLFlag: baseURLFlag)
            try await withPane(command: command, width: width, height: height) { tmux in
                try await body(TUIApp(simulator: simulator, tmux: tmux, folder: scratch))
            }
        }
    }

    /// The shell command of the pane: the app with a clean, explicit environment, then the after-exit probes.
    static func paneCommand(
        simulator: RunningSimulator, scratch: URL, arguments: [String],
        variables: [String: String], unsetting: [String] = [], redirection: String = "",
        myIP: String? = clientIP, baseURLFlag: Bool = true
    ) throws -> String {
        let binary = try BuiltProducts.sgaccess()
        var environment = [
            "SENDGRID_API_KEY": SimulatorConfiguration.demoAPIKey,
            "XDG_STATE_HOME": scratch.path,
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
        ]
        environment.merge(variables) { $1 }
        for name in unsetting { environment.removeValue(forKey: name) }
        let assignments =
            unsetting.map { "-u " + quote($0) }
            + environment.sorted { $0.key < $1.key }.map { quote("\($0.key)=\($0.value)") }
        let app =
            [quote(binary), "tui"] + (baseURLFlag ? ["--base-url", simulator.baseURL] : [])
            + (myIP.map { ["--my-ip", quote($0)] } ?? [])
            + ["--poll-interval", "1", "--list-interval", "1"] + arguments.map(quote)
        let dir = scratch.path
        return "cd \(quote(dir)) && env " + assignments.joined(separator: " ") + " " + app.joined(separator: " ")
            + (redirection.isEmpty ? "" : " " + redirection)
            + "; code=$?; stty -a > \(quote(dir + "/stty.txt")); echo $code > \(quote(dir + "/exit.txt")); sleep 60"
    }

    /// Single-quotes `text` for the shell.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
