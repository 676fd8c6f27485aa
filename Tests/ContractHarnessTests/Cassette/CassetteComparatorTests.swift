import ContractHarness
import Foundation
import Providers
import StructuredData
import Testing

/// The comparison of a run with its cassette, seen through the runner: request bodies compare
/// member order (what was sent is what a replay sends), responses and headers do not.
@Suite struct CassetteComparatorTests {
    private func run(_ specID: String, in scratch: String) throws -> SpecResult {
        let spec = try SpecCatalog.load("\(scratch)/Specs/\(specID).json")
        return SpecRunner(target: FakeTarget(), recordMode: .never, cassettes: CassetteStore(root: scratch + "/Recordings")).run(spec)
    }

    @Test func aRequestBodyInAnotherOrderIsAnotherRequest() throws {
        let scratch = try RepositoryFixture.copyOfRepository()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let cassette = "\(scratch)/Recordings/rox/numbering-in-order.json"
        var recorded = try CassetteCodec.decode(Array(try Data(contentsOf: URL(fileURLWithPath: cassette))), file: cassette)
        guard case .http(var request, let response) = recorded.interactions[0].exchange, case .json(let body) = request.body,
              var messages = body["Messages"]?.objectValue, let two = messages["2"], let one = messages["1"] else {
            Issue.record("unexpected cassette")
            return
        }
        messages["2"] = nil
        messages["1"] = nil
        messages["1"] = one
        messages["2"] = two
        var sorted = body.objectValue ?? JSONObject()
        sorted["Messages"] = .object(messages)
        request.body = .json(.object(sorted))
        recorded.interactions[0] = Interaction(step: recorded.interactions[0].step, request: request, response: response)
        try Data(CassetteCodec.encode(recorded)).write(to: URL(fileURLWithPath: cassette))

        let result = try run("rox/numbering-in-order", in: scratch)
        #expect(result.outcome == .failed)
        #expect(result.differences == [Difference(
            source: .cassette, path: "two-before-one/request/$.body.json.Messages", expected: ["ReceiptFlag", "ReceiptCallbackURL", "ReplyType", "ReplyCallbackURL", "TimeZoneOffset", "SendLater", "Count", "1", "2"],
            actual: ["ReceiptFlag", "ReceiptCallbackURL", "ReplyType", "ReplyCallbackURL", "TimeZoneOffset", "SendLater", "Count", "2", "1"],
            message: #"expected members in the order ["ReceiptFlag","ReceiptCallbackURL","ReplyType","ReplyCallbackURL","TimeZoneOffset","SendLater","Count","1","2"]"#)])
    }

    @Test func responseMemberOrderAndHeaderOrderAreNotDrift() throws {
        let scratch = try RepositoryFixture.copyOfRepository()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let cassette = "\(scratch)/Recordings/rox/numbering-in-order.json"
        var recorded = try CassetteCodec.decode(Array(try Data(contentsOf: URL(fileURLWithPath: cassette))), file: cassette)
        guard case .http(let request, var response) = recorded.interactions[0].exchange, case .json(let body) = response.body else {
            Issue.record("unexpected cassette")
            return
        }
        response.body = .json(body.sortingKeys())
        recorded.interactions[0] = Interaction(step: recorded.interactions[0].step, request: request, response: response)
        try Data(CassetteCodec.encode(recorded)).write(to: URL(fileURLWithPath: cassette))
        let result = try run("rox/numbering-in-order", in: scratch)
        #expect(result.outcome == .passed, "\(result.differences)")
    }
}
