import Foundation
import OpenAPIRuntime

/// One failed attempt: the error to report, whether the request may have taken effect on the server (a timeout,
/// a lost connection, a 5xx, or a 2xx with an unreadable body), and the rate-limit reset the response announced.
struct AttemptFailure: Error {
    let error: APIError
    let mayHaveLanded: Bool
    let reset: Int64?

    /// Classifies anything the generated client, a middleware, the transport or `ResponseMapping` threw.
    init(
        _ thrown: any Error, operation: APIOperation, capture: ResponseCapture.Snapshot,
        timeoutSeconds: Int, redactor: Redactor, baseURL: URL
    ) {
        let clean = { (text: String) in redactor.untrusted(text) }
        reset = capture.reset
        switch AttemptFailure.unwrapped(thrown) {
        case let failure as StatusFailure:
            error = AttemptFailure.statusError(failure.status, failure.messages.map(clean), operation, capture.reset)
            mayHaveLanded = failure.status >= 500
        case is UndocumentedSuccess:
            let status = capture.status ?? 200
            error = AttemptFailure.statusError(status, [], operation, capture.reset)
            mayHaveLanded = status >= 500
        case let big as ResponseTooLarge:
            switch big.limit {
            case .bytes(let bytes): error = .tooLarge(request: operation.endpoint, maxBytes: bytes)
            case .rows(let rows): error = .tooManyRows(request: operation.endpoint, maxRows: rows)
            }
            mayHaveLanded = true  // a 2xx was on its way: a POST's effect is unknown
        case let failure as MappingFailure:
            error = .undecodable(reason: clean(failure.reason))
            mayHaveLanded = true
        case let clientError as ClientError:
            (error, mayHaveLanded) = AttemptFailure.classify(clientError, operation, capture, timeoutSeconds, clean)
        case let coded as CodedTransportFailure:
            (error, mayHaveLanded) = AttemptFailure.classify(coded, baseURL, timeoutSeconds, clean)
        case is CancellationError:
            (error, mayHaveLanded) = (.connection(reason: "the request was cancelled"), true)
        default:
            (error, mayHaveLanded) = (.connection(reason: clean(String(describing: thrown))), true)
        }
    }

    /// `ErrorStatusMiddleware`'s `StatusFailure` arrives wrapped in the generated client's `ClientError`.
    private static func unwrapped(_ thrown: any Error) -> any Error {
        guard let clientError = thrown as? ClientError else { return thrown }
        if let failure = clientError.underlyingError as? StatusFailure { return failure }
        // The cap fires inside the decoder, which may wrap it once more.
        var cause: (any Error)? = clientError.underlyingError
        while let current = cause {
            if let big = current as? ResponseTooLarge { return big }
            cause = (current as? DecodingError).flatMap(AttemptFailure.underlying)
        }
        return thrown
    }

    private static func underlying(_ error: DecodingError) -> (any Error)? {
        switch error {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context),
            .valueNotFound(_, let context):
            return context.underlyingError
        @unknown default: return nil
        }
    }

    static func statusError(_ status: Int, _ messages: [String], _ operation: APIOperation, _ reset: Int64?) -> APIError
    {
        switch status {
        case 400: return .badRequest(messages: messages)
        case 401: return .unauthorized(messages: messages)
        case 403: return .forbidden(messages: messages, operation: operation.rawValue)
        case 404: return .notFound(messages: messages)
        case 429: return .rateLimited(messages: messages, reset: reset)
        case 500...599: return .server(status: status, messages: messages)
        default: return .unexpectedStatus(status: status, messages: messages)
        }
    }

    private static func classify(
        _ clientError: ClientError, _ operation: APIOperation, _ capture: ResponseCapture.Snapshot,
        _ timeoutSeconds: Int, _ clean: (String) -> String
    ) -> (APIError, Bool) {
        if let coded = clientError.underlyingError as? CodedTransportFailure {
            let url = clientError.baseURL.map {
                NetworkFailure.requestURL(baseURL: $0, path: clientError.request?.path)
            }
            return classify(coded, url, timeoutSeconds, clean)
        }
        if clientError.underlyingError is CancellationError {
            return (.connection(reason: "the request was cancelled"), true)
        }
        if let kind = NetworkFailure.kind(of: clientError.underlyingError) {
            let url = clientError.baseURL.map {
                NetworkFailure.requestURL(baseURL: $0, path: clientError.request?.path)
            }
            let detail = clean(String(describing: clientError.underlyingError))
            return NetworkFailure.error(kind: kind, detail: detail, url: url, timeoutSeconds: timeoutSeconds)
        }
        if let status = clientError.response?.status.code ?? capture.status {
            if (200..<300).contains(status) {
                return (.undecodable(reason: clean(describe(clientError))), true)
            }
            // Not expected: `ErrorStatusMiddleware` throws error statuses before decoding. Kept so that an error
            // status is never reported as a connection failure.
            return (statusError(status, [], operation, capture.reset), status >= 500)
        }
        return (.connection(reason: clean(describe(clientError))), true)
    }

    /// A transport error in words (`NetworkFailure`), naming the request's URL.
    private static func classify(
        _ coded: CodedTransportFailure, _ url: URL?, _ timeoutSeconds: Int, _ clean: (String) -> String
    ) -> (APIError, Bool) {
        let (error, mayHaveLanded) = NetworkFailure.error(
            code: coded.code, detail: coded.detail.map(clean), url: url, timeoutSeconds: timeoutSeconds)
        return (error, mayHaveLanded)
    }

    /// A short reason for an unreadable body: what was wrong, not the whole runtime dump.
    private static func describe(_ clientError: ClientError) -> String {
        switch clientError.underlyingError {
        case let failure as GzipInflater.Failure: return failure.description
        case DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty:
            return "the body is not JSON of the expected shape"
        case DecodingError.keyNotFound(let key, let context):
            return "the field \"\(key.stringValue)\" is missing\(path(context))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "the body is not JSON of the expected shape" : "a field has the wrong type\(path(context))"
        default:
            return clientError.causeDescription
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
        return keys.isEmpty ? "" : " at \(keys.joined(separator: "."))"
    }
}
