import HTTPTypes
import OpenAPIRuntime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Adds `on-behalf-of: <value>` (a subuser name or `account-id N`) to every request when one is configured.
struct OnBehalfOfMiddleware: ClientMiddleware {
    static let headerName = HTTPField.Name("on-behalf-of")!

    let value: String

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[OnBehalfOfMiddleware.headerName] = value
        return try await next(request, body, baseURL)
    }
}
