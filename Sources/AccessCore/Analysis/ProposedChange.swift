/// A change to the allow list, as the lockout analysis sees it.
public enum ProposedChange: Hashable, Sendable {
    case add([CIDR])
    case remove(ids: [Int])
    case replaceAll([CIDR])
}
