import Foundation
import OpenAPIRuntime

/// An error status and SendGrid's `errors[].message` texts (raw: cleaned when the `APIError` is built).
struct StatusFailure: Error, Equatable {
    let status: Int
    let messages: [String]

    init(status: Int, messages: [String]) {
        self.status = status
        self.messages = messages
    }

    init(_ status: Int, _ response: some SendGridErrorResponse) {
        self.init(status: status, messages: response.errorMessages)
    }

    /// A status the spec does not list: the body is still read as SendGrid's error format when it is one.
    static func undocumented(_ status: Int, _ payload: UndocumentedPayload) async -> StatusFailure {
        guard let body = payload.body,
              let data = try? await Data(collecting: body, upTo: 256 * 1024) else {
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

/// The generated error responses, read uniformly.
protocol SendGridErrorResponse {
    var errorMessages: [String] { get }
}

extension Components.Responses.IpAccessManagement400: SendGridErrorResponse {
    var errorMessages: [String] { body.messages }
}
extension Components.Responses.IpAccessManagement401: SendGridErrorResponse {
    var errorMessages: [String] { body.messages }
}
extension Components.Responses.IpAccessManagement403: SendGridErrorResponse {
    var errorMessages: [String] { body.messages }
}
extension Components.Responses.IpAccessManagement404: SendGridErrorResponse {
    var errorMessages: [String] { body.messages }
}
extension Components.Responses.IpAccessManagement429: SendGridErrorResponse {
    var errorMessages: [String] { body.messages }
}
extension Components.Responses.IpAccessManagement500: SendGridErrorResponse {
    var errorMessages: [String] {
        switch body {
        case .json(let payload): return (payload.errors ?? []).compactMap(\.message)
        }
    }
}

protocol ErrorResponseBody {
    var json: Components.Schemas.ErrorResponse { get throws }
}

extension ErrorResponseBody {
    var messages: [String] { ((try? json)?.errors ?? []).compactMap(\.message) }
}

extension Components.Responses.IpAccessManagement400.Body: ErrorResponseBody {}
extension Components.Responses.IpAccessManagement401.Body: ErrorResponseBody {}
extension Components.Responses.IpAccessManagement403.Body: ErrorResponseBody {}
extension Components.Responses.IpAccessManagement404.Body: ErrorResponseBody {}
extension Components.Responses.IpAccessManagement429.Body: ErrorResponseBody {}
