import Foundation
import Testing

/// The built `sgaccess` executable, run as a real process: arguments and environment in; exit status,
/// standard output and standard error out. Output goes to temporary files rather than pipes, so a process
/// that inherits a descriptor (a simulator started by another test) can never hold up reading it.
enum SGAccessBinary {
    /// Where the executable is: `SGACCESS_BINARY` if set, else next to the running test binary (the
    /// `.build/<triple>/debug` folder), else `.build/debug` in the package this file belongs to.
    static let url: URL? = {
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["SGACCESS_BINARY"] {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("sgaccess"))
        }
        let first = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(first.deletingLastPathComponent().appendingPathComponent("sgaccess"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("sgaccess"))
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/sgaccess"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `sgaccess arguments` with exactly `environment` (plus PATH and HOME), standard input from /dev/null
    /// (not a terminal), and kills it if it has not finished within `timeout`.
    static func run(_ arguments: [String], environment: [String: String], timeout: Duration = .seconds(30)) async throws -> ProcessResult {
        let running = try start(arguments, environment: environment)
        defer { running.cleanUp() }
        let status = try await running.waitForExit(timeout: timeout)
        return ProcessResult(status: status, out: running.stdout(), err: running.stderr())
    }

    /// Starts `sgaccess arguments` and returns at once; the caller must `terminate`/`waitForExit` and `cleanUp`.
    static func start(_ arguments: [String], environment: [String: String]) throws -> RunningBinary {
        guard let url else {
            throw BinaryError.notFound("sgaccess was not found next to the test binary nor in .build/debug; "
                + "run `swift build --build-tests` first, or set SGACCESS_BINARY")
        }
        return try RunningBinary(executable: url, arguments: arguments, environment: environment)
    }
}

enum BinaryError: Error, CustomStringConvertible {
    case notFound(String)
    case timedOut(String)

    var description: String {
        switch self {
        case .notFound(let message), .timedOut(let message): return message
        }
    }
}

/// What one run printed and returned.
struct ProcessResult: Sendable {
    let status: Int32
    let out: String
    let err: String

    var all: String { out + "\n" + err }

    /// Standard output parsed as a JSON object.
    func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(out.utf8))
        return try #require(object as? [String: Any], "stdout is not a JSON object: \(out)")
    }
}
