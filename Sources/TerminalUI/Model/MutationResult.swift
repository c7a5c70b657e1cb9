import AccessCore

/// What happened to a mutation the runtime performed.
public enum MutationResult: Hashable, Sendable {
    /// POST succeeded; these are the rules SendGrid created (with their new ids).
    case added([AllowRule])
    /// DELETE succeeded for these ids.
    case removed(ids: [Int])
    /// The call failed; the runtime has not retried a POST blindly.
    case failed(FailureInfo)
    /// The journal's intent could not be written (the sentence names the file), so nothing was sent.
    case notJournalled(String)
}
