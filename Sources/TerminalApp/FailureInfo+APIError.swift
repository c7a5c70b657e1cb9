import SendGridAPI
import TerminalUI

extension FailureInfo {
    /// The operator-facing sentence of an API error (the client has already redacted any secret).
    init(_ error: APIError) {
        self.init(message: error.message, isTransient: error.isTransient, reason: FailureInfo.reason(error))
    }

    static func reason(_ error: APIError) -> String {
        switch error {
        case .forbidden where error.isAddressNotAllowed: return "this host's address is not on the allow list"
        case .forbidden(_, let operation):
            return "the key may lack \(APIOperation(rawValue: operation)?.scope ?? "the scope for this operation")"
        default: return error.summary
        }
    }
}
