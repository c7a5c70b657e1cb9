import HTTPTypes
import OpenAPIRuntime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns every response whose status is not 2xx into a thrown `StatusFailure` (the status and SendGrid's
/// `errors[].message` texts, when the body is SendGrid's error JSON) before the generated code decodes it: error
/// statuses, documented or not, are read in this one place, and `ResponseMapping` only ever sees a 2xx.
///
/// It runs outermost, so `RateLimitMiddleware` has recorded the response head (the 429 reset) and
/// `LoggingMiddleware` has logged it before the failure is thrown. The generated client wraps the failure in a
/// `ClientError`; `AttemptFailure` unwraps it.
struct ErrorStatusMiddleware: ClientMiddleware {
    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await next(request, body, baseURL)
        let status = response.status.code
        guard !(200..<300).contains(status) else { return (response, responseBody) }
        throw await StatusFailure.reading(status, responseBody)
    }
}
