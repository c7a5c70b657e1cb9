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

/// Waits for SIGINT or SIGTERM with the self-pipe trick: a C signal handler writes one byte to a pipe (write is
/// async-signal-safe) and a dedicated thread blocked on the pipe resumes the waiter. Unlike a Dispatch signal
/// source this does not depend on which thread the signal is delivered to.
enum TerminationSignal {
    static func wait(for signals: [Int32] = [SIGINT, SIGTERM]) async {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return }
        let readEnd = fds[0]
        SignalPipe.writeEnd = fds[1]
        for number in signals {
            _ = signal(number, signalPipeHandler)
        }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread {
                var byte: UInt8 = 0
                while read(readEnd, &byte, 1) < 0 && errno == EINTR {}
                continuation.resume()
            }
        }
    }
}

private let signalPipeHandler: @convention(c) (Int32) -> Void = { _ in
    var byte: UInt8 = 1
    _ = write(SignalPipe.writeEnd, &byte, 1)
}

private enum SignalPipe {
    /// Set once before the handlers are installed; read only by the signal handler.
    nonisolated(unsafe) static var writeEnd: Int32 = -1
}
