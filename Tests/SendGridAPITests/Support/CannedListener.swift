import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A TCP server on 127.0.0.1 that answers every connection with the same canned bytes (nil: closes it at once),
/// on a thread of its own (never a thread of the cooperative pool). Stops on `close()`.
final class CannedListener: @unchecked Sendable {
    let port: UInt16
    private let listener: SilentListener
    private let answer: [UInt8]?

    /// - Parameter answer: the whole response (head and body); nil closes each connection without a word.
    init(answer: [UInt8]?) throws {
        listener = try SilentListener()
        port = listener.port
        self.answer = answer
        let thread = Thread { [listener, answer] in CannedListener.serve(listener.fd, answer) }
        thread.start()
    }

    /// A response head and `body`, with `headers` ("Name: value").
    static func response(status: String = "200 OK", headers: [String], body: [UInt8]) -> [UInt8] {
        let head =
            (["HTTP/1.1 \(status)", "Content-Length: \(body.count)", "Connection: close"] + headers)
            .joined(separator: "\r\n") + "\r\n\r\n"
        return Array(head.utf8) + body
    }

    func close() { shutdown(listener.fd, Int32(SHUT_RDWR)); listener.close() }

    private static func serve(_ fd: Int32, _ answer: [UInt8]?) {
        while true {
            let connection = accept(fd, nil, nil)
            guard connection >= 0 else { return }  // closed
            if let answer {
                readHead(connection)
                answer.withUnsafeBytes { bytes in
                    var sent = 0
                    while sent < bytes.count {
                        let wrote = send(connection, bytes.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
                        if wrote <= 0 { break }
                        sent += wrote
                    }
                }
            }
            Glibc.close(connection)
        }
    }

    /// Reads until the end of the request head (the clients here send no body with a GET).
    private static func readHead(_ connection: Int32) {
        var seen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !seen.suffix(4).elementsEqual(Array("\r\n\r\n".utf8)) {
            let count = recv(connection, &buffer, buffer.count, 0)
            if count <= 0 { return }
            seen += buffer[0..<count]
        }
    }
}
