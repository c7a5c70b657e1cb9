import AccessCore

/// A successful answer and the rate-limit state the response carried (nil when the headers were missing, or
/// when nothing was sent).
public struct APIResult<Value: Sendable>: Sendable {
    public let value: Value
    public let rateLimit: RateLimit?

    public init(value: Value, rateLimit: RateLimit?) {
        self.value = value
        self.rateLimit = rateLimit
    }
}

extension APIResult: Equatable where Value: Equatable {}
