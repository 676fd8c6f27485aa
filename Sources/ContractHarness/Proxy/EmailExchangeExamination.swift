import Foundation
import Providers
import StructuredData
import Wire

/// What the SMTP relay does with each message once the app has its reply: the shadow fake's replies to
/// the same transaction (drift: every reply whose code or text differs), the fake's refusal if any
/// (conformance), the redacted cassette, and the result.
struct EmailExchangeExamination: Sendable {
    let provider: ProviderDescriptor
    let shadow: (any SMTPHandler)?
    let recorder: ProxyRecorder?
    let environment: [String: String]
    let idPrefix: String
    let now: @Sendable () -> Date
    private let sequence = ExchangeSequencer()

    init(configuration: ProxyConfiguration, target: String) throws(ProxyError) {
        provider = configuration.provider
        if configuration.shadow {
            let service = configuration.provider.makeFake(FakeEnvironment())
            let fake = service.fake
            for (index, account) in configuration.shadowAccounts.enumerated() {
                do {
                    _ = try fake.configureAccount(account)
                } catch {
                    throw ProxyError("shadow account \(index + 1): \(error.message)")
                }
            }
            if case .smtp(let handler) = service { shadow = handler } else { shadow = nil }
        } else {
            shadow = nil
        }
        recorder = configuration.recordDirectory.map {
            ProxyRecorder(store: CassetteStore(root: $0), provider: configuration.provider, target: target, environment: configuration.environment)
        }
        environment = configuration.environment
        idPrefix = ProxyRecorder.idPrefix(provider: configuration.provider, start: configuration.now())
        now = configuration.now
    }

    func examine(_ email: RelayedEmail, transcript: [SMTPTranscriptEntry]) -> SpecResult {
        var (result, redactor) = start(email)
        let replies = transcript.map { RecordedSMTPReply(command: $0.command, argument: $0.argument, code: $0.reply.code, text: EmailComposition.text(of: $0.reply)) }
        if let shadow {
            let predicted = predict(email, with: shadow)
            if let refusal = predicted.first(where: { $0.code >= 400 }) {
                result.differences.append(ProxyRecorder.nonconformance("\(refusal.command): \(refusal.code) \(refusal.text)",
                                                                       upstreamStatus: RelayedEmail.verdict(of: transcript).description))
            }
            result.differences += drift(predicted: predicted, actual: replies.filter(\.isContractual))
        }
        if let recorder {
            let cassette = Cassette(spec: result.spec, provider: provider.id, recordedAt: ISO8601DateFormatter().string(from: now()), target: recorder.target,
                                    interactions: [redactor.redact(Interaction(step: ProxyRecorder.stepName, exchange: .email(message: email.json, replies: replies)))])
            recorder.write(cassette, credentials: email.credentials, into: &result)
        }
        if result.outcome == .passed, !result.differences.isEmpty { result.outcome = .failed }
        return redactor.redact(result)
    }

    func refused(_ email: RelayedEmail, reason: String) -> SpecResult {
        var (result, redactor) = start(email)
        result.outcome = .skipped
        result.reason = "not relayed: \(reason)"
        return redactor.redact(result)
    }

    func failed(_ email: RelayedEmail, reason: String) -> SpecResult {
        var (result, redactor) = start(email)
        result.outcome = .error
        result.reason = "the upstream gave no answer: \(reason)"
        return redactor.redact(result)
    }

    private func start(_ email: RelayedEmail) -> (SpecResult, SecretRedactor) {
        let number = sequence.next()
        let redactor = ProxyRecorder.redactor(appCredentials: email.credentials, provider: provider, environment: environment)
        let label = redactor.redact("MAIL FROM:<\(email.envelope.mailFrom)> RCPT TO:\(email.envelope.recipients.map { "<\($0)>" }.joined(separator: ","))")
        return (SpecResult(spec: ProxyRecorder.id(prefix: idPrefix, number: number), provider: provider.id, sourcePath: label, outcome: .passed), redactor)
    }

    /// The shadow's replies to the same transaction, the app's credentials swapped for the default account's.
    private func predict(_ email: RelayedEmail, with shadow: any SMTPHandler) -> [RecordedSMTPReply] {
        var text = String(decoding: email.data, as: UTF8.self)
        var from = email.envelope.mailFrom
        let defaults = Dictionary(provider.credentials.map { ($0.name, $0.fakeValue) }, uniquingKeysWith: { first, _ in first })
        for (name, value) in email.credentials {
            guard let replacement = defaults[name] else { continue }
            text = text.replacingOccurrences(of: value, with: replacement)
            if name == "username" { from = replacement }
        }
        var envelope = SMTPEnvelope(mailFrom: from, recipients: [], clientHostname: email.envelope.clientHostname, remoteAddress: email.envelope.remoteAddress)
        var replies = [Self.recorded("MAIL FROM", "<\(from)>", shadow.mailFrom(from, envelope: envelope))]
        guard replies[0].code < 400 else { return replies }
        for recipient in email.envelope.recipients {
            let reply = shadow.recipient(recipient, envelope: envelope)
            replies.append(Self.recorded("RCPT TO", "<\(recipient)>", reply))
            if reply.isPositive { envelope.recipients.append(recipient) }
        }
        guard !envelope.recipients.isEmpty else { return replies }
        replies.append(Self.recorded(".", nil, shadow.message(Array(text.utf8), envelope: envelope)))
        return replies
    }

    private static func recorded(_ command: String, _ argument: String?, _ reply: SMTPReply) -> RecordedSMTPReply {
        RecordedSMTPReply(command: command, argument: argument, code: reply.code, text: EmailComposition.text(of: reply))
    }

    /// Each contractual reply compared by command and position: `smtp/MAIL FROM`, `smtp/RCPT TO[1]`, `smtp/.`.
    private func drift(predicted: [RecordedSMTPReply], actual: [RecordedSMTPReply]) -> [Difference] {
        var differences: [Difference] = []
        for command in ["MAIL FROM", "RCPT TO", "."] {
            let before = predicted.filter { $0.command == command }, after = actual.filter { $0.command == command }
            for index in 0..<max(before.count, after.count) {
                let expected = index < before.count ? before[index] : nil, received = index < after.count ? after[index] : nil
                guard expected?.code != received?.code || expected?.text != received?.text else { continue }
                let path = command == "RCPT TO" ? "smtp/RCPT TO[\(index)]" : "smtp/\(command)"
                differences.append(Difference(source: .shadow, path: path,
                                              expected: expected.map { .string("\($0.code) \($0.text)") }, actual: received.map { .string("\($0.code) \($0.text)") }))
            }
        }
        return differences
    }
}
