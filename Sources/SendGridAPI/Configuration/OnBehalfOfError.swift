/// Why an `--on-behalf-of` value was refused.
public enum OnBehalfOfError: Error, Hashable, Sendable {
    case empty
    case invalid(String)

    public var message: String {
        switch self {
        case .empty:
            return "The on-behalf-of value is empty: give a subuser name or 'account-id N'."
        case .invalid:
            return "The on-behalf-of value is not a subuser name or 'account-id N' "
                + "(no spaces or control characters in a subuser name)."
        }
    }
}
