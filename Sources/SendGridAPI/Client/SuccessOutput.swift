/// A generated `Operations.*.Output` that returns a value, read uniformly. Its error cases never occur:
/// `ErrorStatusMiddleware` throws every non-2xx status before the generated code decodes it, so what arrives is
/// the documented success or an undocumented 2xx.
protocol SuccessOutput: Sendable {
    associatedtype Success: Sendable
    /// The documented success response, or nil for any other case.
    var documentedSuccess: Success? { get }
}

extension SuccessOutput {
    /// The documented success response; an undocumented 2xx throws `UndocumentedSuccess`.
    func success() throws -> Success {
        guard let success = documentedSuccess else { throw UndocumentedSuccess() }
        return success
    }
}
