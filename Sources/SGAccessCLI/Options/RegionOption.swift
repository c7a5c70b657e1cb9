import ArgumentParser
import SendGridAPI

/// `--region` values.
public enum RegionOption: String, ExpressibleByArgument, CaseIterable, Sendable {
    case global
    case eu

    var region: Region { self == .eu ? .eu : .global }
}
