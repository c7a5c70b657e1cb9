/// The sentence that lists the profiles a file defines, for errors about a profile that does not exist.
public enum ProfileList {
    /// "Known profiles: prod, eu." or "The file defines no profiles."
    public static func sentence(_ names: [String]) -> String {
        names.isEmpty ? "The file defines no profiles." : "Known profiles: \(names.joined(separator: ", "))."
    }
}
