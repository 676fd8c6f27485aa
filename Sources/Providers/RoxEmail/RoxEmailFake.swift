import Foundation
import MailFormats
import SMSDomain
import StructuredData
import Synchronization
import Wire

/// The Red Oxygen Email API ("Red Alert", seed 001) as an SMTP server: Formats 1–4, authenticated
/// by From address plus sending IP, or From address plus a `[SENDER]` block.
///
/// Unknown addresses are refused at `RCPT TO` (550 5.1.1). Everything that needs the message —
/// authentication, format rules — is decided at the end of `DATA`: 250 with the number of SMS
/// queued (and any refused CSV rows), 550 5.7.1 for authentication, 554 5.6.0 for content.
/// Refusing in the SMTP dialogue, rather than accepting and bouncing later, is an assumed choice.
public final class RoxEmailFake: ProviderFake, SMTPHandler {
    private let environment: FakeEnvironment
    private let accounts = Mutex([RoxEmailAccount.default])

    /// Creates the fake with its default account.
    public init(environment: FakeEnvironment) {
        self.environment = environment
    }

    // MARK: - SMTP

    public func mailFrom(_ address: String, envelope: SMTPEnvelope) -> SMTPReply {
        SMTPReply(code: 250, enhancedStatus: "2.1.0", lines: ["Sender \(RoxEmailAddress.bare(address)) OK"])
    }

    public func recipient(_ address: String, envelope: SMTPEnvelope) -> SMTPReply {
        guard RoxEmailAddress(address) != nil else {
            return SMTPReply(code: 550, enhancedStatus: "5.1.1", lines: [
                "\(RoxEmailAddress.bare(address)): no such address here; send to <mobile>@mail.completesms.net, "
                    + "smsgateway@, smsmail@ or bulksms@mail.completesms.net",
            ])
        }
        return SMTPReply(code: 250, enhancedStatus: "2.1.5", lines: ["Recipient \(RoxEmailAddress.bare(address)) OK"])
    }

    public func message(_ data: [UInt8], envelope: SMTPEnvelope) -> SMTPReply {
        switch interpret(data, envelope: envelope) {
        case .success(let (accepted, rejectedRows)):
            var lines = ["Queued \(accepted) SMS"]
            lines += rejectedRows.map { "Refused \($0)" }
            return SMTPReply(code: 250, enhancedStatus: "2.0.0", lines: lines)
        case .failure(let refusal):
            return SMTPReply(code: refusal.code, enhancedStatus: refusal.enhancedStatus, lines: [refusal.message])
        }
    }

    private func interpret(_ data: [UInt8], envelope: SMTPEnvelope) -> Result<(Int, [String]), RoxEmailRefusal> {
        let mail: MailMessage
        do {
            mail = try MailParser.parse(data)
        } catch {
            return .failure(.content("the message cannot be read: \(error)"))
        }
        let from = RoxEmailAddress.bare(mail.from ?? envelope.mailFrom).lowercased()
        let body = mail.textBody ?? "" // Line endings are `\n` already.
        let (block, rest) = RoxEmailSenderBlock.split(body)
        let account: RoxEmailAccount
        let method: String
        switch authenticate(from: from, remoteAddress: envelope.remoteAddress, block: block) {
        case .success(let found): (account, method) = found
        case .failure(let refusal): return .failure(refusal)
        }
        let addresses = envelope.recipients.compactMap(RoxEmailAddress.init)
        var interpretation = RoxEmailInterpretation()
        do {
            let mobiles = addresses.compactMap { address -> String? in if case .mobile(let number) = address { number } else { nil } }
            if !mobiles.isEmpty {
                interpretation.merge(try RoxEmailFormat1.interpret(mobiles: mobiles, subject: mail.subject, body: rest, plan: account.numberingPlan))
            }
            for address in Set(addresses.map(\.gatewayKind)) {
                switch address {
                case .gateway: interpretation.merge(try RoxEmailFormat2.interpret(subject: mail.subject, body: rest, plan: account.numberingPlan))
                case .smsmail: interpretation.merge(try RoxEmailFormat3.interpret(body: rest, plan: account.numberingPlan))
                case .bulk:
                    interpretation.merge(try RoxEmailFormat4.interpret(attachments: mail.attachments, accountID: account.accountID, plan: account.numberingPlan))
                case .mobile, nil: continue
                }
            }
        } catch {
            return .failure(error)
        }
        for sms in interpretation.messages {
            environment.outbox.record(outboxEntry(sms, from: from, account: account, method: method))
        }
        return .success((interpretation.messages.count, interpretation.rejectedRows))
    }

    private func authenticate(from: String, remoteAddress: String?, block: RoxEmailSenderBlock?) -> Result<(RoxEmailAccount, String), RoxEmailRefusal> {
        let found = accounts.withLock { accounts in
            accounts.lazy.compactMap { account in account.users.first { $0.email == from }.map { (account, $0) } }.first
        }
        guard let (account, user) = found else {
            return .failure(.authentication("\(from) is not a registered Red Oxygen user"))
        }
        if let block {
            guard block.accountID == account.accountID, block.password == user.password, !user.password.isEmpty else {
                return .failure(.authentication("the [SENDER] block's ID and PW do not match \(from)'s account"))
            }
            return .success((account, "password"))
        }
        guard let remoteAddress, user.allowedIPs.contains(remoteAddress) else {
            return .failure(.authentication("\(from) is not authenticated by the sending IP address \(remoteAddress ?? "unknown"); "
                + "put [SENDER], ID=<Account ID> and PW=<Password> at the start of the body"))
        }
        return .success((account, "ip"))
    }

    private func outboxEntry(_ sms: RoxEmailSMS, from: String, account: RoxEmailAccount, method: String) -> OutboxEntry {
        var details: JSONObject = ["reply_to": .string(from), "account_id": .string(account.accountID), "authenticated_by": .string(method)]
        for (key, value) in sms.details.sorted(by: { $0.key < $1.key }) {
            details[key] = key == "format" || key == "block" || key == "row" ? (Int(value).map(JSONValue.integer) ?? .string(value)) : .string(value)
        }
        return OutboxEntry(provider: RoxEmailProvider.id, to: sms.to.e164, from: from, text: sms.text, encoding: sms.encoding, details: details)
    }

    // MARK: - HTTP and control

    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        .json(404, ["error": "rox-email has no HTTP API: send email to the fake's SMTP port; the control API is under /__fake/"])
    }

    public func reset() {
        accounts.withLock { $0 = [RoxEmailAccount.default] }
    }

    public var accountsJSON: JSONValue {
        accounts.withLock { .array($0.map(\.json)) }
    }

    public func configureAccount(_ description: JSONValue) throws(ControlAPIError) -> JSONValue {
        let account = try RoxEmailAccount(description: description)
        accounts.withLock { accounts in
            accounts.removeAll { $0.accountID == account.accountID }
            accounts.append(account)
        }
        return account.json
    }
}

extension RoxEmailInterpretation {
    mutating func merge(_ other: RoxEmailInterpretation) {
        messages += other.messages
        rejectedRows += other.rejectedRows
    }
}

extension RoxEmailAddress {
    /// The gateway address kind, or nil for a mobile address (Format 1 handles those together).
    var gatewayKind: RoxEmailAddress? {
        if case .mobile = self { return nil }
        return self
    }
}
