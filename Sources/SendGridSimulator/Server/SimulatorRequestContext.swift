import Hummingbird
import NIOCore

/// Request context that keeps the connection's channel, so a connection-reset fault can close it.
struct SimulatorRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// Request bodies above 1 MiB are refused (a 1000-rule POST is about 40 KiB).
    var maxUploadSize: Int { 1 << 20 }
}
