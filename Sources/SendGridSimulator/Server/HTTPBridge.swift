import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The thin layer between Hummingbird and the engine: request in, engine answer out, faults delivered on the wire.
struct HTTPBridge: Sendable {
    let box: EngineBox
    let clock: any SimulatorClock

    func respond(to request: Request, context: SimulatorRequestContext) async throws -> Response {
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let simulated = Self.simulatorRequest(request, body: Array(buffer: body))
        let now = clock.now()
        let answer = box.with { $0.handle(simulated, now: now) }
        if answer.delay > .zero { try await clock.sleep(for: answer.delay) }
        switch answer.delivery {
        case .normal:
            return Self.response(answer, acceptEncoding: request.headers[.acceptEncoding])
        case .connectionReset:
            try await Self.reset(context.channel)
            return Self.response(answer)
        case .truncated(let keep):
            return Self.truncatedResponse(answer, keep: keep, channel: context.channel)
        }
    }

    static func simulatorRequest(_ request: Request, body: [UInt8]) -> SimulatorRequest {
        var headers: [String: String] = [:]
        for field in request.headers {
            let name = field.name.canonicalName
            headers[name] = headers[name].map { $0 + ", " + field.value } ?? field.value
        }
        let target = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        return SimulatorRequest(method: request.method.rawValue, target: target, headers: headers, body: body)
    }

    /// The engine's answer as Hummingbird's, gzipped when `acceptEncoding` asks for it (`ResponseCompression`).
    static func response(_ answer: SimulatorResponse, acceptEncoding: String? = nil) -> Response {
        var headers = fields(answer.headers)
        if let gzipped = ResponseCompression.gzipped(answer.body, acceptEncoding: acceptEncoding) {
            headers[.contentEncoding] = "gzip"
            headers[.vary] = "Accept-Encoding"
            return Response(status: .init(code: answer.status), headers: headers, body: .init(byteBuffer: gzipped))
        }
        return Response(
            status: .init(code: answer.status), headers: headers,
            body: answer.body.isEmpty ? .init() : .init(byteBuffer: ByteBuffer(bytes: answer.body)))
    }

    private static func fields(_ headers: [String: String]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            if let fieldName = HTTPField.Name(name) { fields[fieldName] = value }
        }
        return fields
    }

    /// Closes the connection with SO_LINGER 0, so the client sees a TCP reset rather than a clean close.
    private static func reset(_ channel: any Channel) async throws {
        if let provider = channel as? any SocketOptionProvider {
            try? await provider.setSoLinger(linger(l_onoff: 1, l_linger: 0)).get()
        }
        try? await channel.close()
    }

    /// Announces the whole body, writes the first `keep` bytes, then closes the connection.
    private static func truncatedResponse(_ answer: SimulatorResponse, keep: Int, channel: any Channel) -> Response {
        let partial = ByteBuffer(bytes: answer.body.prefix(keep))
        let body = ResponseBody(contentLength: answer.body.count) { writer in
            try await writer.write(partial)
            try await Task.sleep(for: .milliseconds(20))
            try? await channel.close()
            throw TruncatedOnPurpose()
        }
        return Response(status: .init(code: answer.status), headers: fields(answer.headers), body: body)
    }

    struct TruncatedOnPurpose: Error {}
}
