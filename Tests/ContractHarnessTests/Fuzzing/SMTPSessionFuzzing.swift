import Providers
@testable import Wire

/// The `smtp-session` fuzz target's check (fuzz/run), replayed on kept inputs by ``FuzzRegressionTests``: the
/// SMTP line framer and session with the rox-email fake answering each message, so MIME, CSV, the `[SENDER]`
/// block and Formats 1–4 are reached too. The first byte picks how the input is cut into reads.
enum SMTPSessionFuzzing {
    /// A problem with how `bytes` was handled, or nil.
    static func check(_ bytes: [UInt8]) -> String? {
        guard let first = bytes.first else { return nil }
        let step = Int(first % 128) + 1
        var configuration = SMTPServerConfiguration()
        configuration.maxLineBytes = 200
        configuration.maxCommandLineBytes = 100
        configuration.maxMessageBytes = 4096
        configuration.maxRecipients = 5
        let fake = RoxEmailFake(environment: FakeEnvironment(clock: FakeClock(frozen: true)))
        var session = SMTPSession(settings: .init(configuration), handler: fake, remoteAddress: "127.0.0.1")
        var framer = SMTPLineFramer()
        var offset = 1
        var problem: String?
        while offset < bytes.count, session.phase != .finished, problem == nil {
            let end = min(offset + step, bytes.count)
            bytes[offset..<end].withUnsafeBytes { chunk in
                var position = 0
                while session.phase != .finished, let event = framer.next(chunk, offset: &position, limit: session.lineLimit) {
                    if let reply = session.receive(event), !(200...599).contains(reply.code) { problem = "reply code \(reply.code)" }
                }
            }
            offset = end
        }
        return problem
    }
}
