import Hummingbird

/// Answers every request through the `HTTPBridge`, whatever its method or path, so that routing is the engine's
/// alone (`Operation.match`): Hummingbird's router, which knows only the methods it is given, is never reached.
struct BridgeMiddleware: RouterMiddleware {
    let bridge: HTTPBridge

    func handle(
        _ request: Request, context: SimulatorRequestContext,
        next: (Request, SimulatorRequestContext) async throws -> Response
    ) async throws -> Response {
        try await bridge.respond(to: request, context: context)
    }
}
