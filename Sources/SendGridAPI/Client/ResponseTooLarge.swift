/// Thrown while a body is read (`ResponseSizeMiddleware`) or after it is decoded (`SendGridClient`) when the
/// answer is past `ResponseLimits`; `AttemptFailure` turns it into `APIError.tooLarge` / `.tooManyRows`.
struct ResponseTooLarge: Error, Equatable {
    enum Limit: Equatable {
        case bytes(Int)
        case rows(Int)
    }

    let limit: Limit
}
