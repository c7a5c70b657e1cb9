import Foundation
import SendGridSimulator
import TestSupport

extension TUIApp {
    /// Like `run`, but the pane starts an interactive `sh` instead of the app: `body` gets the app's command line
    /// (`paneCommand` without the final `sleep`, so the prompt comes back after the app) to type when it is
    /// ready, e.g. after `tmux pipe-pane` records the pane's output from the first byte.
    static func runFromShell(
        variables: [String: String] = [:], unsetting: [String] = [], width: Int = 120, height: Int = 40,
        _ body: (TUIApp, _ commandLine: String) async throws -> Void
    ) async throws {
        try await withSimulator { simulator, scratch in
            let command = try paneCommand(
                simulator: simulator, scratch: scratch.url, arguments: [], variables: variables, unsetting: unsetting)
            try await withPane(command: "PS1='$ ' sh -i", width: width, height: height) { tmux in
                try await tmux.waitFor("$")
                try await body(TUIApp(simulator: simulator, tmux: tmux, folder: scratch), Self.withoutSleep(command))
            }
        }
    }

    /// Like `run`, but the pane's shell `exec`s the app, so the app leads the pane's session (as with
    /// `ssh -t host sgaccess`): nothing runs after it and the pane closes when it ends.
    static func runAsSessionLeader(_ body: (TUIApp) async throws -> Void) async throws {
        try await withSimulator { simulator, scratch in
            let command = try paneCommand(simulator: simulator, scratch: scratch.url, arguments: [], variables: [:])
            guard let range = command.range(of: " && env ") else { throw HarnessError("unexpected pane command") }
            let leader = Self.withoutSleep(command.replacingCharacters(in: range, with: " && exec env "))
            try await withPane(command: leader, width: 120, height: 40) { tmux in
                try await body(TUIApp(simulator: simulator, tmux: tmux, folder: scratch))
            }
        }
    }

    /// Starts a tmux pane running `command`, runs `body` with it and closes the pane, whatever `body` does.
    static func withPane(
        command: String, width: Int, height: Int, _ body: (TmuxSession) async throws -> Void
    ) async throws {
        let tmux = try await TmuxSession.start(command: command, width: width, height: height)
        do {
            try await body(tmux)
        } catch {
            await tmux.close()
            throw error
        }
        await tmux.close()
    }

    /// Starts the demo-seeded, enforcing simulator (no background traffic; `configure` may change that) and a
    /// scratch folder; stops and removes both afterwards, whatever `body` does.
    static func withSimulator(
        configure: (inout SimulatorConfiguration) -> Void = { _ in },
        _ body: (RunningSimulator, ScratchFolder) async throws -> Void
    ) async throws {
        var configuration = SimulatorConfiguration()
        configuration.port = 0
        configuration.seed = .demo
        configuration.enforce = true
        configuration.traffic = false
        configuration.clientIP = clientIP
        configure(&configuration)
        let simulator = try await startAtHighPriority { [configuration] in
            try await SimulatorServer.start(configuration)
        }
        let scratch: ScratchFolder
        do {
            scratch = try ScratchFolder("tui")
        } catch {
            await simulator.stop()
            throw error
        }
        do {
            try await body(simulator, scratch)
        } catch {
            await simulator.stop()
            scratch.remove()
            throw error
        }
        await simulator.stop()
        scratch.remove()
    }

    private static func withoutSleep(_ command: String) -> String {
        command.hasSuffix("; sleep 60") ? String(command.dropLast("; sleep 60".count)) : command
    }
}
