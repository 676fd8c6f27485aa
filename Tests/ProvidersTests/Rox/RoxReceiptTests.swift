import Foundation
@testable import Providers
import StructuredData
import SMSContractTesting
import Testing
import Wire

/// Receipts posted to `ReceiptCallbackURL` in fake time, with a real loopback receiver.
@Suite final class RoxReceiptTests {
    let client = RoxClient()
    let inbox: CallbackReceiver

    init() throws {
        inbox = try CallbackReceiver()
    }

    deinit {
        inbox.shutdown()
    }

    /// Sends one message per destination with the given ReceiptFlag and receipts to the inbox.
    @discardableResult
    private func send(_ destinations: [String], flag: Int = 1, sendLater: JSONValue = .null) throws -> JSONValue {
        var body = RoxFixtures.numbered(destinations.enumerated().map { (String($0.offset + 1), ["DestTn": .string($0.element), "SMSText": "Hi"]) })
        body = body.setting(["Messages", "ReceiptFlag"], to: .integer(flag)).setting(["Messages", "ReceiptCallbackURL"], to: .string(inbox.url("/receipts")))
        return try client.post(body.setting(["Messages", "SendLater"], to: sendLater))
    }

    private var receipts: [JSONValue] { inbox.requests.compactMap { try? JSONParser.parse($0.body) } }

    @Test func aDeliveredSMSGetsOneReceiptAtItsFinalState() throws {
        try send(["+61411999001"])
        client.environment.advance(seconds: 4)
        #expect(inbox.requests.isEmpty)
        client.environment.advance(seconds: 1)
        let request = try #require(inbox.requests.first)
        #expect(request.method == "POST" && request.target == "/receipts" && request.headers["Content-Type"] == "application/json")
        #expect(try JSONParser.parse(request.body) == [
            "Name": "ROX_API_Receipt", "Version": "1.1", "RequestId": "12092004391300001", "SMSId": 123, "DestTn": "+61411999001",
            "Status": "Delivered", "Result": "0000", "ResultText": "Delivered", "Timestamp": "2024-09-20T04:39:18.819Z",
        ])
        client.environment.advance(seconds: 100_000)
        #expect(inbox.requests.count == 1)
    }

    @Test func everyOutcomeWithAFinalReportIsReceiptedWithItsResult() throws {
        let destinations = DeliveryOutcome.allCases.map { "+61411" + $0.magicSuffix }
        try send(destinations)
        client.environment.advance(seconds: 100_000)
        let byDestination = Dictionary(uniqueKeysWithValues: receipts.compactMap { receipt in receipt["DestTn"]?.stringValue.map { ($0, receipt) } })
        #expect(byDestination.count == DeliveryOutcome.allCases.count - 1)
        for outcome in DeliveryOutcome.allCases {
            let receipt = byDestination["+61411" + outcome.magicSuffix]
            #expect(receipt?["Result"]?.stringValue == RoxDeliveryResult(outcome)?.rawValue, "\(outcome)")
            #expect(receipt?["Status"]?.stringValue == RoxDeliveryResult(outcome)?.status.rawValue, "\(outcome)")
        }
        #expect(receipts.map { $0["DestTn"] } == ["+61411999006", "+61411999007", "+61411999001", "+61411999002", "+61411999004",
                                                  "+61411999008", "+61411999005", "+61411999003", "+61411999009"])
    }

    @Test func receiptOnErrorSkipsDeliveredSMS() throws {
        try send(["+61411999001", "+61411999002", "+61411999009"], flag: 2)
        client.environment.advance(seconds: 100_000)
        #expect(receipts.map { $0["DestTn"] } == ["+61411999002"])
        #expect(receipts.first?["Result"] == "2051")
    }

    @Test func flagZeroSendsNoReceipt() throws {
        try send(["+61411999002"], flag: 0)
        #expect(client.environment.scheduler.pendingCount == 0)
        client.environment.advance(seconds: 100_000)
        #expect(inbox.requests.isEmpty)
    }

    @Test func aFailedReceiptIsNotRetried() throws {
        inbox.answer(with: 500)
        try send(["+61411999001"])
        client.environment.advance(seconds: 100_000)
        #expect(inbox.requests.count == 1)
        #expect(client.environment.callbacks.attempts.arrayValue?.map { $0["accepted"] } == [false])
    }

    @Test func aScheduledSMSIsReceiptedOnlyAfterSendLater() throws {
        try send(["+61411999001"], sendLater: "20-Sep-2024 15:39:13")
        client.environment.advance(seconds: 3_599)
        #expect(inbox.requests.isEmpty)
        #expect(client.fake.messages.message(123)?.json(at: client.environment.clock.now)["status"] == "Scheduled")
        client.environment.advance(seconds: 10)
        #expect(receipts.map { $0["Timestamp"] } == ["2024-09-20T05:39:18.000Z"])
    }

    @Test func aResetDropsPendingReceipts() throws {
        try send(["+61411999001"])
        client.fake.reset()
        client.environment.advance(seconds: 10)
        #expect(inbox.requests.isEmpty)
        #expect(client.fake.messages.all.isEmpty)
    }
}
