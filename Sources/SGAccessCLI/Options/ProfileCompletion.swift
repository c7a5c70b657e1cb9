import AccessConfig
import Foundation

/// Shell completion of `--profile`: the profiles of the config file the shell's environment names.
enum ProfileCompletion {
    /// The profile names in file order; none when there is no readable, valid file (completion never fails).
    static func names() -> [String] {
        let config = try? ConfigResolution.load(variables: ProcessInfo.processInfo.environment)
        return config?.file?.profiles.map(\.name) ?? []
    }
}
