/// A 2xx status the spec does not list for the operation (a 200 where 201 is documented, say). The status is in
/// the attempt's `ResponseCapture`; `AttemptFailure` reports it as `APIError.unexpectedStatus`.
struct UndocumentedSuccess: Error, Equatable {}
