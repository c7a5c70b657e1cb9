/// A 2xx answer whose content the client cannot use (reported as `APIError.undecodable`).
struct MappingFailure: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
