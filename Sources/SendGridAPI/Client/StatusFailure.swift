import Foundation
import OpenAPIRuntime

/// An error status and SendGrid's `errors[].message` texts (raw: cleaned when the `APIError` is built). Thrown by
/// `ErrorStatusMiddleware` for every non-2xx response.
struct StatusFailure: Error, Equatable {
    /// The largest error body read for its messages; a bigger one gives none.
    static let bodyLimit = 256 * 1024

    let status: Int
    let messages: [String]

    init(status: Int, messages: [String]) {
        self.status = status
        self.messages = messages
    }

    /// Reads `body` as SendGrid's error format whatever its content type: an HTML error page, a truncated or
    /// oversized body gives no messages, never a different failure.
    static func reading(_ status: Int, _ body: HTTPBody?) async -> StatusFailure {
        guard let body, let data = try? await Data(collecting: body, upTo: bodyLimit) else {
            return StatusFailure(status: status, messages: [])
        }
        return StatusFailure(status: status, messages: errorMessages(in: data))
    }

    /// `errors[].message` from a SendGrid error body; empty when the body is something else.
    static func errorMessages(in data: Data) -> [String] {
        guard let decoded = try? JSONDecoder().decode(Components.Schemas.ErrorResponse.self, from: data) else {
            return []
        }
        return (decoded.errors ?? []).compactMap(\.message)
    }
}
