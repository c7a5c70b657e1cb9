import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SendGridAPI
import SendGridSimulator

extension CLIEnvironment {
    /// The real process: its environment, its terminal, `ServiceFactory`, URLSession, `SimulatorServer`, signals.
    public static func live() -> CLIEnvironment {
        CLIEnvironment(
            variables: ProcessInfo.processInfo.environment,
            stdinIsTerminal: isatty(STDIN_FILENO) == 1,
            confirm: { question in
                FileHandle.standardError.write(Data((question + " [y/N] ").utf8))
                guard let answer = readLine() else { return false }
                return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
            },
            makeService: { configuration in try ServiceFactory.make(configuration: configuration) },
            fetchText: { url, timeout in
                var request = URLRequest(url: url)
                request.timeoutInterval = TimeInterval(max(1, timeout))
                let (data, response) = try await URLSession.shared.data(for: request)
                if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
                    throw CLIError(.api, "The discovery URL answered status \(http.statusCode).")
                }
                return String(decoding: data.prefix(256), as: UTF8.self)
            },
            startSimulator: { configuration in
                let running = try await SimulatorServer.start(configuration)
                return SimulatorHandle(baseURL: running.baseURL, stop: { await running.stop() })
            },
            waitForTermination: { await TerminationSignal.wait() }
        )
    }
}

/// Waits for SIGINT or SIGTERM through Dispatch sources (the default handlers are ignored first so the
/// signal reaches the source instead of killing the process).
enum TerminationSignal {
    static func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let queue = DispatchQueue(label: "sgaccess.signals")
            let once = Once()
            var sources: [DispatchSourceSignal] = []
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler {
                    if once.claim() { continuation.resume() }
                }
                source.resume()
                sources.append(source)
            }
            // The sources must outlive this scope; the process ends soon after the signal anyway.
            SignalSources.keep(sources)
        }
    }
}

private final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var claimed = false

    func claim() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if claimed { return false }
        claimed = true
        return true
    }
}

private enum SignalSources {
    nonisolated(unsafe) static var kept: [DispatchSourceSignal] = []
    static let lock = NSLock()

    static func keep(_ sources: [DispatchSourceSignal]) {
        lock.lock()
        kept += sources
        lock.unlock()
    }
}
