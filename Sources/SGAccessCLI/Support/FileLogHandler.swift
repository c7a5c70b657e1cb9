import TerminalKit
import Foundation
import Logging
import SendGridAPI

/// A swift-log handler appending one redacted line per message to a file created with mode 600.
struct FileLogHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info
    private let sink: Sink

    init(path: String, secrets: [String]) throws {
        sink = try Sink(path: path, secrets: secrets)
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let extra = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let now = Int64(Date().timeIntervalSince1970)
        sink.write("\(Timestamp.utc(now)) \(event.level) \(event.message)\(extra)")
    }

    final class Sink: @unchecked Sendable {
        private let handle: FileHandle
        private let redactor: Redactor
        private let lock = NSLock()

        init(path: String, secrets: [String]) throws {
            let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
            guard fd >= 0 else {
                throw CLIError.usage("Cannot open the log file \(path): \(String(cString: strerror(errno))). Choose a writable path for --log-file.")
            }
            handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            redactor = Redactor(secrets: secrets)
        }

        func write(_ line: String) {
            let clean = redactor.redact(Sanitizer.clean(line)) + "\n"
            lock.lock()
            defer { lock.unlock() }
            handle.write(Data(clean.utf8))
        }
    }
}
