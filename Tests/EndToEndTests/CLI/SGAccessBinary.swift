import Foundation
import TestSupport
import Testing

/// The built `sgaccess` executable (found by `BuiltProducts`), run as a real process: arguments and environment
/// in; exit status, standard output and standard error out (see `ChildProcess`).
enum SGAccessBinary {
    /// Runs `sgaccess arguments` with exactly `environment` (plus PATH and HOME, and LANG=C.UTF-8 unless it names
    /// LANG: in a C locale human output is folded to ASCII; an empty LANG runs with no locale), standard input from
    /// /dev/null (not a terminal), and kills it if it has not finished within `timeout`. Unless `environment`
    /// names XDG_STATE_HOME, the run gets a scratch one (removed afterwards): no run writes the real
    /// ~/.local/state. A test that runs several commands against one journal passes its own.
    static func run(
        _ arguments: [String], environment: [String: String], timeout: Duration = .seconds(30)
    ) async throws -> ProcessResult {
        var environment = environment
        let state = environment["XDG_STATE_HOME"] == nil ? try ScratchFolder("state") : nil
        defer { state?.remove() }
        if let state { environment["XDG_STATE_HOME"] = state.path }
        let running = try start(arguments, environment: environment)
        defer { running.cleanUp() }
        let status = try await running.waitForExit(timeout: timeout)
        return ProcessResult(status: status, out: running.stdout(), err: running.stderr())
    }

    /// Starts `sgaccess arguments` and returns at once; the caller must `send`/`waitForExit` and `cleanUp`.
    /// Without XDG_STATE_HOME in `environment` the state folder is one nothing can be written under (the process
    /// outlives this call, so a scratch folder could not be removed in time): a command that journals a change
    /// then refuses it, and the real ~/.local/state is never touched. Pass a ScratchFolder to journal.
    static func start(_ arguments: [String], environment: [String: String]) throws -> ChildProcess {
        var variables = environment
        variables["XDG_STATE_HOME"] = variables["XDG_STATE_HOME"] ?? "/dev/null/sgaccess-no-state"
        for name in ["PATH", "HOME"] { variables[name] = variables[name] ?? ProcessInfo.processInfo.environment[name] }
        variables["LANG"] = variables["LANG"] ?? "C.UTF-8"
        return try ChildProcess(try BuiltProducts.sgaccess(), arguments, environment: variables)
    }
}

extension ProcessResult {
    /// Standard output parsed as a JSON object.
    func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(out.utf8))
        return try #require(object as? [String: Any], "stdout is not a JSON object: \(out)")
    }
}
