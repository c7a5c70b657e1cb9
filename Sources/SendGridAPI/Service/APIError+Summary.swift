extension APIError {
    /// A short phrase for logs and for `addUncertain`'s cause: "timeout after 10 s", "server error 503".
    public var summary: String {
        switch self {
        case .badRequest: return "bad request (400)"
        case .unauthorized: return "key not accepted (401)"
        case .forbidden: return "access refused (403)"
        case .notFound: return "not found (404)"
        case .rateLimited: return "rate limited (429)"
        case .server(let status, _): return "server error \(status)"
        case .unexpectedStatus(let status, _): return "unexpected status \(status)"
        case .timeout(let seconds, _): return "no answer within \(seconds) s"
        case .connection(let reason, _, _): return "connection failed: \(reason)"
        case .undecodable(let reason): return "unreadable answer: \(reason)"
        case .tooLarge(_, let maxBytes): return "answer larger than \(ResponseLimits.describe(bytes: maxBytes))"
        case .tooManyRows(_, let maxRows): return "answer with more than \(maxRows) rows"
        case .deadlineExceeded(let seconds, _, _): return "gave up at the \(seconds) s deadline"
        case .addUncertain: return "add outcome uncertain"
        }
    }
}
