import AccessCore
import Foundation
import SendGridSimulator
import TestSupport

extension TUIApp {
    /// Waits for the first full screen: the header with my IP's verdict and the attempts with blocked ones.
    @discardableResult
    func waitForMainScreen() async throws -> String {
        try await tmux.waitFor("this host", "\(Self.clientIP) ✓", "✗ blocked")
    }

    /// Every request the simulator answered that could change the allow list.
    var mutatingRequests: [SimulatorRequestRecord] {
        simulator.requestLog().filter { $0.method != "GET" && $0.method != "HEAD" }
    }

    /// The simulator's rule whose range is `cidr` (as the app shows it, e.g. `198.51.100.7/32`).
    func rule(_ cidr: String) -> AllowRule? {
        simulator.rules().first { $0.range?.description == cidr }
    }

    /// Waits for the app to end; returns the exit status the pane's shell saw.
    func waitForExit(timeout: Duration = .seconds(10)) async throws -> Int32 {
        let file = scratch.appendingPathComponent("exit.txt")
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let text = try? String(contentsOf: file, encoding: .utf8),
                let code = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return code
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        let screen = (try? await tmux.capture()) ?? ""
        throw ScreenTimeout(waitingFor: "the app to exit", screen: screen)
    }

    /// The words of `stty -a` run in the pane after the app ended.
    func sttyAfterExit() throws -> Set<String> {
        Self.words(try String(contentsOf: scratch.appendingPathComponent("stty.txt"), encoding: .utf8))
    }

    /// The words of `stty -a` on the pane's terminal right now (while the app runs).
    func sttyNow() async throws -> Set<String> {
        let tty = try await tmux.paneTTY()
        let stty = try TestEnvironment.locate("stty")
        let result = try await ProcessResult.run(stty, ["-a", "-F", tty], environment: TestEnvironment.clean)
        return Self.words(result.out)
    }

    static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    }

    /// The pid of the `sgaccess` process: the child of the pane's shell.
    func appPID() async throws -> Int32 {
        let shell = try await tmux.panePID()
        let pgrep = try TestEnvironment.locate("pgrep")
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            let result = try await ProcessResult.run(
                pgrep, ["-P", "\(shell)", "-x", "sgaccess"], environment: TestEnvironment.clean)
            if let pid = result.out.split(separator: "\n").first.flatMap({ Int32($0) }) { return pid }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw HarnessError("No sgaccess process under the pane's shell \(shell).")
    }

    /// The app's log file (under the XDG_STATE_HOME the pane was given).
    var log: String {
        (try? String(contentsOf: scratch.appendingPathComponent("sgaccess/sgaccess.log"), encoding: .utf8)) ?? ""
    }

    /// Lets anything a key could have triggered reach the simulator before a test checks that nothing happened.
    func settle() async throws {
        try await Task.sleep(for: .milliseconds(1500))
    }
}

extension TUIApp {
    /// Polls the simulator's allow list every 100 ms until `predicate` holds.
    @discardableResult
    func waitForRules(
        _ what: String, timeout: Duration = .seconds(10),
        _ predicate: ([AllowRule]) -> Bool
    ) async throws -> [AllowRule] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let rules = simulator.rules()
            if predicate(rules) { return rules }
            if ContinuousClock.now > deadline {
                let screen = (try? await tmux.capture()) ?? ""
                throw ScreenTimeout(
                    waitingFor: "the simulator's rules: \(what) (now \(rules.map(\.ip)))",
                    screen: screen)
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}

extension TUIApp {
    /// Waits until the detail pane shows rule `id` (its title reads "Rule #id").
    @discardableResult
    func waitForDetail(ofRule id: Int) async throws -> String {
        try await tmux.waitForScreen("the detail of rule #\(id)") { screen in
            screen.split(separator: "\n").contains { line in
                line.hasSuffix("Rule #\(id)") || line.contains("Rule #\(id) ")
            }
        }
    }
}
