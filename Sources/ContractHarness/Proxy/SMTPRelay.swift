import Foundation
import Providers
import Wire

/// `smscontract proxy` for an email provider (`rox-email`): an SMTP server the app sends to instead of
/// the provider. Sender and recipients are accepted as given; when the message is complete the whole
/// transaction is relayed upstream (`EHLO`, `MAIL FROM`, each `RCPT TO`, `DATA`) and the app gets the
/// upstream's reply to its message — or the upstream's first refusal (sender, every recipient, or `DATA`).
///
/// The relay runs the upstream dialogue on its event loop, so one loop relays one message at a time;
/// it is meant for an app's mail, not for load. Each message is then examined like an HTTP exchange:
/// the shadow fake's replies, the cassette (redacted, scanned), the result.
public final class SMTPRelay: Sendable {
    /// What the relay was started with.
    public let configuration: ProxyConfiguration
    /// The upstream as given (`fake` or `smtp://host:port`).
    public let upstreamName: String
    /// What looks at each message.
    public let observer: ProxyObserver
    private let server: SMTPServer
    private let fake: FakeServer?

    /// Creates a relay (the listener is bound by ``start()``); `fake` as the upstream starts the built-in one.
    public init(configuration: ProxyConfiguration, line: @escaping @Sendable (String) -> Void = { _ in }) throws(ProxyError) {
        self.configuration = configuration
        let endpoint: SMTPEndpoint
        if configuration.upstream == "fake" {
            let server = FakeServer(descriptor: configuration.provider)
            do {
                try server.start()
            } catch {
                throw ProxyError("cannot start the built-in \(configuration.provider.id) fake: \(error)")
            }
            fake = server
            endpoint = SMTPEndpoint(host: "127.0.0.1", port: UInt16(server.smtpURL.flatMap { $0.split(separator: ":").last.flatMap { UInt16($0) } } ?? 0))
            upstreamName = "fake"
        } else {
            guard configuration.upstream.lowercased().hasPrefix("smtp://") else {
                throw ProxyError("--upstream for \(configuration.provider.id) must be fake or smtp://host:port, got \"\(configuration.upstream)\"")
            }
            do {
                endpoint = try SMTPEndpoint(url: configuration.upstream)
            } catch {
                throw ProxyError("--upstream \(configuration.upstream): \(error)")
            }
            fake = nil
            upstreamName = configuration.upstream
        }
        let examination: EmailExchangeExamination
        do {
            examination = try EmailExchangeExamination(configuration: configuration, target: upstreamName)
        } catch {
            fake?.shutdown()
            throw error
        }
        let observer = ProxyObserver(maxBacklog: configuration.maxObservationBacklog, shadowed: configuration.shadow, line: line)
        self.observer = observer
        var smtp = SMTPServerConfiguration()
        smtp.host = configuration.host
        smtp.port = configuration.port
        smtp.eventLoops = configuration.eventLoops
        server = SMTPServer(configuration: smtp, handler: RelayHandler(
            client: SMTPClient(endpoint: endpoint, timeout: .seconds(30)), observer: observer, examination: examination,
            sendCap: configuration.sendCap, destinations: configuration.provider.destinationNumbers))
    }

    /// Binds and starts serving.
    public func start() throws(ProxyError) {
        do {
            try server.start()
        } catch {
            fake?.shutdown()
            throw ProxyError("cannot listen on \(configuration.host):\(configuration.port): \(error)")
        }
    }

    /// The URL the app sends mail to, e.g. `smtp://127.0.0.1:2525`.
    public var url: String { "smtp://\(configuration.host):\(server.port)" }

    /// Stops listening, observes what is queued, and stops the built-in fake, if any.
    public func shutdown() {
        server.shutdown()
        observer.drain()
        fake?.shutdown()
    }
}

/// Accepts the envelope, relays the finished message upstream, answers with the upstream's verdict.
private struct RelayHandler: SMTPHandler {
    let client: SMTPClient
    let observer: ProxyObserver
    let examination: EmailExchangeExamination
    let sendCap: LiveSendGuard?
    let destinations: DestinationNumbers

    func message(_ data: [UInt8], envelope: SMTPEnvelope) -> SMTPReply {
        let message = RelayedEmail(envelope: envelope, data: data)
        if let sendCap {
            let numbers = destinations.extract(message.outgoing)
            if let refusal = sendCap.permit(numbers) {
                let reason = refusal.replacingOccurrences(of: "SMSCONTRACT_LIVE_MAX_SENDS", with: "--max-sends")
                    .replacingOccurrences(of: "SMSCONTRACT_LIVE_ALLOWED_NUMBERS", with: "--allow-numbers")
                observer.submit { [examination] in examination.refused(message, reason: reason) }
                return SMTPReply(code: 550, enhancedStatus: "5.7.1", text: "smscontract proxy: not relayed: \(reason)")
            }
        }
        let transcript: [SMTPTranscriptEntry]
        do {
            transcript = try client.send(from: envelope.mailFrom, to: envelope.recipients, message: data)
        } catch {
            let reason = "\(error)"
            observer.submit { [examination] in examination.failed(message, reason: reason) }
            return SMTPReply(code: 451, enhancedStatus: "4.4.1", text: "smscontract proxy: the upstream gave no answer: \(reason)")
        }
        observer.submit { [examination] in examination.examine(message, transcript: transcript) }
        return RelayedEmail.verdict(of: transcript)
    }
}
