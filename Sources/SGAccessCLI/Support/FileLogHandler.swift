import Foundation
import Logging
import SendGridAPI
import TerminalKit

/// A swift-log handler appending one redacted, sanitised line per message to a file created with mode 600.
///
/// It never ends the process: lines go out with `RawWrite` (`write(2)`, retried on EINTR), and the first
/// failure (a full disk, `/dev/full`, a FIFO whose reader left) turns the log off and is reported once through
/// `LogFailureRoute`; every later line is dropped.
struct FileLogHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info
    private let sink: Sink

    init(path: String, secrets: [String], failures: LogFailureRoute) throws {
        sink = try Sink(path: path, secrets: secrets, failures: failures)
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let extra =
            merged.isEmpty
            ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let now = Int64(Date().timeIntervalSince1970)
        sink.write("\(Timestamp.utc(now)) \(event.level) \(event.message)\(extra)")
    }

    /// The open file, shared by every copy of the handler.
    final class Sink: @unchecked Sendable {
        private let fd: Int32
        private let path: String
        private let redactor: Redactor
        private let failures: LogFailureRoute
        private let lock = NSLock()
        /// Set at the first failed write; guarded by `lock`.
        private var broken = false

        init(path: String, secrets: [String], failures: LogFailureRoute) throws {
            let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                throw CLIError.usage(
                    "Cannot open the log file \(Sanitizer.clean(path)): \(String(cString: strerror(errno))). "
                        + "Choose a writable path for --log-file.")
            }
            self.fd = fd
            self.path = path
            self.redactor = Redactor(secrets: secrets)
            self.failures = failures
        }

        deinit { close(fd) }

        /// Appends `line` and a newline; after a failure, drops it.
        func write(_ line: String) {
            let bytes = Array((redactor.redact(Sanitizer.clean(line)) + "\n").utf8)
            lock.lock()
            guard !broken else {
                lock.unlock()
                return
            }
            let failure = RawWrite.all(fd, bytes)
            if failure != nil { broken = true }
            lock.unlock()
            if let failure {
                failures.report(LogFailureRoute.sentence(path: path, reason: String(cString: strerror(failure))))
            }
        }

    }
}
