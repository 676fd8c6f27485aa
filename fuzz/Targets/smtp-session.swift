// Fuzz target: the SMTP line framer and session, with the rox-email fake answering each message (so MIME,
// CSV, the [SENDER] block and Formats 1–4 are reached too). The first byte picks how the input is cut.
import Providers
@testable import Wire

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSMTPSession(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let step = Int(bytes[0] % 128) + 1
    var configuration = SMTPServerConfiguration()
    configuration.maxLineBytes = 200
    configuration.maxCommandLineBytes = 100
    configuration.maxMessageBytes = 4096
    configuration.maxRecipients = 5
    let fake = RoxEmailFake(environment: FakeEnvironment(clock: FakeClock(frozen: true)))
    var session = SMTPSession(settings: .init(configuration), handler: fake, remoteAddress: "127.0.0.1")
    var framer = SMTPLineFramer()
    var offset = 1
    while offset < bytes.count, session.phase != .finished {
        let end = min(offset + step, bytes.count)
        bytes[offset..<end].withUnsafeBytes { chunk in
            var position = 0
            while session.phase != .finished, let event = framer.next(chunk, offset: &position, limit: session.lineLimit) {
                if let reply = session.receive(event) {
                    precondition((200...599).contains(reply.code), "reply code \(reply.code)")
                    _ = reply.encoded
                }
            }
        }
        offset = end
    }
    return 0
}
