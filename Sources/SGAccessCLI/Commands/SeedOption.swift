import ArgumentParser

/// `--seed` values.
enum SeedOption: String, ExpressibleByArgument, CaseIterable, Sendable {
    case demo
    case empty
}
