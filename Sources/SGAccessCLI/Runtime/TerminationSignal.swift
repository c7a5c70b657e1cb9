import Foundation

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

/// The pipe's write end, where the C signal handler can reach it.
private enum SignalPipe {
    /// Set once before any handler is installed; read only by the signal handler.
    nonisolated(unsafe) static var writeEnd: Int32 = -1
}
