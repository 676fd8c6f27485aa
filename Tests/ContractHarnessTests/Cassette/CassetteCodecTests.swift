import Foundation
import ContractHarness
import Providers
import StructuredData
import Testing
import Wire

@Suite struct CassetteCodecTests {
    static let cassette = Cassette(
        spec: "lox24/example", provider: "lox24", recordedAt: "2026-11-22T03:00:00Z", target: "fake",
        interactions: [Interaction(
            step: "send",
            request: RecordedRequest(method: "POST", path: "/sms", headers: ["X-LOX24-AUTH-TOKEN": "{{credentials.token}}"],
                                     body: .json(["text": "Hi", "phone": "+491701234567"])),
            response: RecordedResponse(status: 201, headers: ["Content-Type": "application/ld+json", "Set-Cookie": ["a=1", "b=2"]],
                                       body: .json(["uuid": "u", "@id": "/sms/u"])))])

    @Test func aCassetteRoundTrips() throws {
        let bytes = CassetteCodec.encode(Self.cassette)
        #expect(try CassetteCodec.decode(bytes, file: "c.json") == Self.cassette)
    }

    @Test func anEmailCassetteRoundTrips() throws {
        let cassette = Cassette(spec: "rox-email/x", provider: "rox-email", recordedAt: "t", target: "fake", interactions: [
            Interaction(step: "mail", exchange: .email(
                message: ["from": "{{credentials.username}}", "to": ["61409000000@mail.completesms.net"], "body": "Hi"],
                replies: [RecordedSMTPReply(command: "connect", argument: nil, code: 220, text: "ready"),
                          RecordedSMTPReply(command: "RCPT TO", argument: "61409000000@mail.completesms.net", code: 250, text: "2.1.5 OK")]))])
        #expect(try CassetteCodec.decode(CassetteCodec.encode(cassette), file: "c.json") == cassette)
    }

    @Test func theCanonicalFormSortsCassetteKeysAndStoresBodiesStructurally() {
        let text = String(decoding: CassetteCodec.encode(Self.cassette), as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        let interactions = text.range(of: "\"interactions\"")
        let provider = text.range(of: "\"provider\"")
        #expect(interactions != nil && provider != nil)
        if let interactions, let provider { #expect(interactions.lowerBound < provider.lowerBound) }
        #expect(text.contains("\"json\": {\n"))
        #expect(!text.contains("\\\"text\\\""))
    }

    /// Cassette members sorted, body members in wire order: `"text"` before `"phone"` as sent.
    @Test func bodiesKeepWireOrderWhileTheEnvelopeIsSorted() throws {
        let text = String(decoding: CassetteCodec.encode(Self.cassette), as: UTF8.self)
        let positions = ["\"text\"", "\"phone\"", "\"uuid\"", "\"@id\"", "\"Content-Type\"", "\"Set-Cookie\""].map { text.range(of: $0)?.lowerBound }
        let found = positions.compactMap { $0 }
        #expect(found.count == 6)
        if found.count == 6 {
            #expect(found[0] < found[1]) // request body as sent
            #expect(found[2] < found[3]) // response body as received
            #expect(found[4] < found[5]) // headers sorted
        }
        let decoded = try CassetteCodec.decode(Array(text.utf8), file: "c.json")
        guard case .http(let request, _) = decoded.interactions[0].exchange else { return }
        #expect(request.body.json?.objectValue?.keys == ["text", "phone"])
        #expect(CassetteCodec.encode(decoded) == CassetteCodec.encode(Self.cassette)) // stable: a fixed point
    }

    /// The committed cassettes replay to what they recorded: rox reads messages in the order sent.
    @Test(arguments: [("rox/numbering-in-order", "2032"), ("rox/count-500-messages", "0000")])
    func aCommittedRoxCassetteReplaysToItsRecordedResult(spec: String, result: String) throws {
        let path = "\(RepositoryFixture.recordings)/\(spec).json"
        let cassette = try CassetteCodec.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
        guard case .http(let request, let response) = cassette.interactions[0].exchange, let body = request.body.json else {
            Issue.record("\(spec): expected an HTTP interaction with a JSON body")
            return
        }
        #expect(response.body.json?["Result"]?.stringValue == result)
        var text = JSONWriter.string(body)
        for credential in RoxProvider.descriptor.credentials {
            text = text.replacingOccurrences(of: "{{credentials.\(credential.name)}}", with: credential.fakeValue)
        }
        let fake = RoxFake(environment: FakeEnvironment())
        let replayed = fake.handle(HTTPRequest(method: request.method, target: request.path, headers: ["Content-Type": "application/json"], body: Array(text.utf8)))
        #expect(try JSONParser.parse(replayed.body)["Result"]?.stringValue == result)
    }

    @Test func aBrokenCassetteNamesFileLineAndField() throws {
        var text = String(decoding: CassetteCodec.encode(Self.cassette), as: UTF8.self)
        text = text.replacingFirst("\"status\": 201", with: "\"status\": \"201\"")
        do {
            _ = try CassetteCodec.decode(Array(text.utf8), file: "c.json")
            Issue.record("a string status was accepted")
        } catch {
            let problem = try #require(error.problems.first)
            #expect(problem.field.description == "$.interactions[0].response.status")
            #expect(problem.location != nil)
        }
    }

    @Test(arguments: ["", "[]", #"{"cassette_version": 99}"#, "{\"spec\": "])
    func malformedCassettesAreErrorsNotCrashes(text: String) {
        #expect(throws: SpecLoadError.self) { try CassetteCodec.decode(Array(text.utf8), file: "c.json") }
    }
}
