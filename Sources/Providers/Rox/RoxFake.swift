import Foundation
import SMSDomain
import StructuredData
import Synchronization
import Wire

/// The Red Oxygen SendSMS JSON API as seed 000 and `provider-facts.md` § rox document it.
///
/// `POST /smsapi/send` checks, in order, the first failure refusing the whole request with its
/// `Result` code: the envelope (``RoxSendRequest``, 2011–2015), the `Sender` (``RoxSender``,
/// 2001–2008), `Messages` (2016), its attributes (``RoxDeliveryOptions``, 2017–2028), `Count` and
/// numbering (``RoxMessageList``, 2029–2033). Then each numbered message is checked on its own
/// (``RoxRecipient``, 2041–2046): the good ones are queued with an `SMSId` and recorded in the
/// outbox, the bad ones answered with their own `Result` and a null `SMSId`.
///
/// After queuing, each SMS moves through its life in fake time (``RoxQueuedSMS``), its end chosen by
/// the destination's ``DeliveryOutcome``: a receipt goes to `ReceiptCallbackURL` per `ReceiptFlag`
/// (``RoxReceipt``), and `POST /__fake/rox/replies` simulates a handset's reply (``RoxReply``).
public final class RoxFake: ProviderFake {
    private struct Identifiers {
        /// The next `SMSId`; starts at the seed's example 123 and never goes back, even on reset.
        var nextSMSID = 123
        var requests = 0
    }

    let environment: FakeEnvironment
    private let accounts = Mutex([RoxAccount.default.accountID: RoxAccount.default])
    private let identifiers = Mutex(Identifiers())
    /// The queued SMS, for receipts, replies and `GET /__fake/rox/messages`.
    let messages = RoxMessageStore()

    /// Creates the fake with its default account.
    public init(environment: FakeEnvironment) {
        self.environment = environment
    }

    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard request.path == RoxProvider.sendPath else {
            return HTTPResponse(status: 404, contentType: "text/plain; charset=utf-8", text: "Not Found: the API is POST \(RoxProvider.sendPath)")
        }
        guard request.method == "POST" else {
            return HTTPResponse(status: 405, contentType: "text/plain; charset=utf-8",
                                text: "Method Not Allowed: \(request.method) \(request.path); use POST", headers: ["Allow": "POST"])
        }
        do throws(RoxRefusal) {
            return try send(request.body)
        } catch {
            return RoxResponse.refused(error.code)
        }
    }

    private func send(_ body: [UInt8]) throws(RoxRefusal) -> HTTPResponse {
        let envelope = try RoxSendRequest.read(body)
        let sender = try RoxSender.read(envelope.sender)
        let account = try sender.authenticate(in: accounts.withLock { $0 })
        guard let messages = envelope.messages?.objectValue else { throw RoxRefusal(.messagesMissing) }
        let options = try RoxDeliveryOptions.read(messages)
        let outcomes = try RoxMessageList.read(messages).map {
            RoxRecipient.read(number: $0.number, $0.message, globalText: options.globalText, plan: account.numberingPlan)
        }
        let now = environment.clock.now
        let queued = outcomes.filter { (try? $0.get()) != nil }.count
        let (requestID, firstSMSID) = identifiers.withLock { ids in
            ids.requests += 1
            defer { ids.nextSMSID += queued }
            return (Self.requestID(at: now, sequence: ids.requests), ids.nextSMSID)
        }
        let timestamp = RoxDateTime.timestamp(now)
        var nextSMSID = firstSMSID
        var results: [RoxResponse.MessageResult] = []
        results.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            switch outcome {
            case .success(let recipient):
                let smsID = nextSMSID
                nextSMSID += 1
                environment.outbox.record(outboxEntry(
                    recipient, smsID: smsID, requestID: requestID, options: options, product: envelope.product, account: account, now: now))
                queue(RoxQueuedSMS(
                    smsID: smsID, requestID: requestID, accountID: account.accountID, username: account.username, recipient: recipient,
                    options: options, acceptedAt: now, outcome: .forDestination(recipient.destination.e164)))
                results.append(RoxResponse.MessageResult(
                    number: recipient.number, smsID: smsID, destTn: recipient.destination.e164, code: .success, timestamp: timestamp))
            case .failure(let refusal):
                results.append(RoxResponse.MessageResult(
                    number: refusal.number, smsID: nil, destTn: refusal.destTn, code: refusal.code, timestamp: timestamp))
            }
        }
        return RoxResponse.accepted(requestID: requestID, results: results)
    }

    /// Keeps a queued SMS and schedules its receipt, when one is due, at its final state.
    private func queue(_ sms: RoxQueuedSMS) {
        messages.add(sms)
        guard sms.receiptURL != nil else { return }
        let smsID = sms.smsID, finalAt = sms.finalAt
        environment.scheduler.schedule(at: finalAt) { [self] in
            guard let sms = messages.message(smsID), let url = sms.receiptURL, let result = sms.finalResult else { return }
            environment.callbacks.send(RoxReceipt.callback(to: url, for: sms, result: result, at: finalAt))
        }
    }

    private func outboxEntry(
        _ recipient: RoxRecipient, smsID: Int, requestID: String, options: RoxDeliveryOptions, product: String, account: RoxAccount, now: Date
    ) -> OutboxEntry {
        let details = RoxOutboxDetails(
            smsID: smsID, requestID: requestID, product: product, options: options, destName: recipient.destName,
            destEmail: recipient.destEmail, scheduled: options.sendLater.map { $0 > now } ?? false)
        return OutboxEntry(
            provider: RoxProvider.id, to: recipient.destination.e164, from: account.accountID, text: recipient.text,
            encoding: recipient.segments.encoding, compactDetails: details)
    }

    /// A numeric request id shaped like the seed's `12092004391358440`: `12`, the UTC month, day,
    /// hour, minute and second, and a five-digit sequence number.
    static func requestID(at date: Date, sequence: Int) -> String {
        let digits = RoxDateTime.isoSeconds(date).filter(\.isNumber)
        let sequenceDigits = String(sequence % 100_000)
        return "12" + digits.dropFirst(4) + String(repeating: "0", count: 5 - sequenceDigits.count) + sequenceDigits
    }

    // MARK: - Control

    public func reset() {
        accounts.withLock { $0 = [RoxAccount.default.accountID: RoxAccount.default] }
        messages.reset()
    }

    public var accountsJSON: JSONValue {
        accounts.withLock { accounts in .array(accounts.values.sorted { $0.accountID < $1.accountID }.map(\.json)) }
    }

    public func configureAccount(_ description: JSONValue) throws(ControlAPIError) -> JSONValue {
        let accountID = description["account_id"]?.stringValue
        let existing = accountID.flatMap { id in accounts.withLock { $0[id] } }
        let account = try RoxAccount(description: description, existing: existing)
        accounts.withLock { $0[account.accountID] = account }
        return account.json
    }
}
