import Foundation
import HTTPTypes
import OpenAPIRuntime
import OpenAPIURLSession
import SendGridAPI

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The OpenAPI URLSession transport, with each `URLError` turned into SendGridAPI's `CodedTransportFailure` (its
/// code and libcurl's description), the only form in which SendGridAPI knows transport codes.
public struct URLSessionCodedTransport: ClientTransport {
    let inner: URLSessionTransport

    /// An ephemeral session (no cookies, no cache) whose requests time out after `timeoutSeconds` (at least 1).
    public init(timeoutSeconds: Int) {
        let sessionConfiguration = URLSessionConfiguration.ephemeral
        let seconds = TimeInterval(max(1, timeoutSeconds))
        sessionConfiguration.timeoutIntervalForRequest = seconds
        sessionConfiguration.timeoutIntervalForResource = seconds
        sessionConfiguration.httpCookieStorage = nil
        sessionConfiguration.urlCache = nil
        inner = URLSessionTransport(configuration: .init(session: URLSession(configuration: sessionConfiguration)))
    }

    public func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        do {
            return try await inner.send(request, body: body, baseURL: baseURL, operationID: operationID)
        } catch let urlError as URLError {
            throw Self.failure(urlError)
        }
    }

    /// `urlError` as a code and a description; Foundation's stand-in description ("The operation could not be
    /// completed. (NSURLErrorDomain error -1001.)") says nothing the code does not, so it is dropped.
    public static func failure(_ urlError: URLError) -> CodedTransportFailure {
        let described = urlError.userInfo[NSLocalizedDescriptionKey] as? String
        let detail = described.flatMap { $0.hasPrefix("The operation could not be completed") ? nil : $0 }
        return CodedTransportFailure(code: urlError.code.rawValue, detail: detail)
    }
}
