import Foundation
import SendGridAPI
import SendGridSimulator
import TerminalKit

extension CLIEnvironment {
    /// The real process: its environment, its terminal, `ServiceFactory`, `SimulatorServer`, signals; the
    /// discovery URL is fetched by `MyAddressResolver`'s own URLSession GET.
    public static func live() -> CLIEnvironment {
        CLIEnvironment(
            variables: ProcessInfo.processInfo.environment,
            stdinIsTerminal: isatty(STDIN_FILENO) == 1,
            confirm: { question in
                RawWrite.text(STDERR_FILENO, Sanitizer.cleanLines(question) + " [y/N] ")
                guard let answer = readLine() else { return false }
                return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
            },
            makeService: { configuration in try ServiceFactory.make(configuration: configuration) },
            startSimulator: { configuration in
                let running = try await SimulatorServer.start(configuration)
                return SimulatorHandle(baseURL: running.baseURL, stop: { await running.stop() })
            },
            waitForTermination: { await TerminationSignal.wait() },
            armTermination: { TerminationSignal.arm() }
        )
    }
}

/// Waits for SIGINT or SIGTERM with the self-pipe trick: a C signal handler writes one byte to a pipe (write is
/// async-signal-safe) and a dedicated thread blocked on the pipe resumes the waiter. Unlike a Dispatch signal
/// source this does not depend on which thread the signal is delivered to.
enum TerminationSignal {
    /// The pipe, made once; its write end is what the handler writes to.
    private static let readEnd: Int32? = {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        SignalPipe.writeEnd = fds[1]
        return fds[0]
    }()

    /// Installs the handlers; a signal caught from now on ends the next `wait`. Idempotent.
    static func arm(_ signals: [Int32] = [SIGINT, SIGTERM]) {
        guard readEnd != nil else { return }
        for number in signals {
            _ = signal(number, signalPipeHandler)
        }
    }

    /// Arms `signals` and returns once one of them has arrived (or at once if the pipe cannot be made).
    static func wait(for signals: [Int32] = [SIGINT, SIGTERM]) async {
        arm(signals)
        guard let readEnd else { return }
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
    /// Set once before any handler is installed; read only by the signal handler.
    nonisolated(unsafe) static var writeEnd: Int32 = -1
}
