import ContractHarness
import Foundation
import Providers
import StructuredData
import Testing
import Wire

/// Recordings made through the proxy become specs that lint accepts and that pass against the fake.
@Suite struct RecordedSpecGeneratorTests {
    /// Records a LOX24 send, a lookup of it and a refused send through a proxy in front of the fake.
    private func recordTraffic() throws -> [Cassette] {
        let fixture = try ProxyFixture()
        let sent = try fixture.client.send(ProxyFixture.lox24Send())
        let uuid = try #require(try JSONParser.parse(sent.body)["uuid"]?.stringValue)
        _ = try fixture.client.send(HTTPRequest(method: "GET", target: "/sms/\(uuid)", headers: ["X-LOX24-AUTH-TOKEN": LOX24Provider.exampleToken]))
        _ = try fixture.client.send(ProxyFixture.lox24Send(text: ""))
        _ = fixture.finish()
        return try fixture.cassettes()
    }

    @Test func recordedExchangesBecomeLintCleanSpecsWithCapturesThatPassAgainstTheFake() throws {
        let generated = RecordedSpecGenerator(provider: LOX24Provider.descriptor).specs(from: try recordTraffic())
        #expect(generated.notes.isEmpty)
        #expect(generated.specs.map(\.id) == ["lox24/recorded-20261202T000000Z-000001", "lox24/recorded-20261202T000000Z-000003"])
        let folder = NSTemporaryDirectory() + "smscontract-generated-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var specs: [Spec] = []
        for spec in generated.specs {
            let path = folder + "/" + spec.fileName
            try AtomicFile.write(JSONWriter.bytes(spec.json, style: .pretty), to: path)
            specs.append(try SpecCatalog.load(path))  // lint's decoder: throws with every problem
        }
        let chained = try #require(specs.first)
        #expect(chained.steps.map(\.name) == ["post-sms", "get-sms"])
        #expect(chained.steps.first?.captures.map(\.name) == ["uuid"])
        #expect(chained.steps.last?.request?.path == "/sms/{{uuid}}")
        #expect(chained.live == .sends)
        #expect(chained.seed.file == LOX24Provider.descriptor.seedFile)
        #expect(chained.seed.section.hasPrefix("TODO:"))
        #expect(chained.steps.first?.request?.headers.first { $0.name == "X-LOX24-AUTH-TOKEN" }?.value == "{{credentials.token}}")
        let runner = SpecRunner(target: FakeTarget(), recordMode: .missing, cassettes: CassetteStore(root: folder + "/Recordings"))
        for spec in specs {
            let result = runner.run(spec)
            #expect(result.outcome == .passed, "\(spec.id): \(result.differences) \(result.reason ?? "")")
        }
    }

    /// Writes `generated` into `folder`, loads each through lint's decoder, and runs it against the fake.
    private func runAgainstTheFake(_ generated: [RecordedSpecGenerator.GeneratedSpec], in folder: String) throws -> [(Spec, SpecResult)] {
        let runner = SpecRunner(target: FakeTarget(), recordMode: .missing, cassettes: CassetteStore(root: folder + "/Recordings"))
        return try generated.map { generated in
            let path = folder + "/" + generated.fileName
            try AtomicFile.write(JSONWriter.bytes(generated.json, style: .pretty), to: path)
            let spec = try SpecCatalog.load(path)
            return (spec, runner.run(spec))
        }
    }

    @Test func theTimeBetweenRecordedExchangesIsReplayedAsFakeTime() throws {
        let fixture = try ProxyFixture()
        let sent = try fixture.client.send(ProxyFixture.lox24Send())
        let uuid = try #require(try JSONParser.parse(sent.body)["uuid"]?.stringValue)
        // The upstream's message moves on, as it does while the app waits two seconds before looking it up.
        let upstream = try #require(fixture.proxy.upstream.fakeServer)
        let moved = try HTTPClient(host: "127.0.0.1", port: upstream.port).send(
            HTTPRequest(method: "POST", target: "/__fake/clock", headers: ["Content-Type": "application/json"], body: Array(#"{"advance_seconds": 2}"#.utf8)))
        #expect(moved.status == 200)
        _ = try fixture.client.send(HTTPRequest(method: "GET", target: "/sms/\(uuid)", headers: ["X-LOX24-AUTH-TOKEN": LOX24Provider.exampleToken]))
        _ = fixture.finish()
        var cassettes = try fixture.cassettes().sorted { $0.spec < $1.spec }
        try #require(cassettes.count == 2)
        #expect(cassettes.map(\.recordedAt) == ["2026-12-02T00:00:00.000Z", "2026-12-02T00:00:00.000Z"])
        let folder = NSTemporaryDirectory() + "smscontract-generated-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }

        cassettes[1].recordedAt = "2026-12-02T00:00:02.250Z"
        let generated = RecordedSpecGenerator(provider: LOX24Provider.descriptor).specs(from: cassettes).specs
        let notes = generated.first?.json["notes"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(notes.contains { $0.contains("replayed as fake time") }, "\(notes)")
        let steps = generated.first?.json["steps"]?.arrayValue ?? []
        #expect(steps.map { $0.objectValue?.keys ?? [] } == [["name", "request", "expect", "capture"], ["name", "fake", "request", "expect"]])
        #expect(steps.last?["fake"] == ["advance_seconds": 2.25])
        let replayed = try runAgainstTheFake(generated, in: folder + "/gap")
        let (spec, result) = try #require(replayed.first)
        #expect(spec.steps.map(\.fakeActions) == [[], [.advanceClock(seconds: 2.25)]])
        #expect(spec.live == .never)
        #expect(result.outcome == .passed, "\(result.differences) \(result.reason ?? "")")

        // Recorded as if no time had passed, the lookup finds the message where the send left it: the gap is what made it pass.
        cassettes[1].recordedAt = "2026-12-02T00:00:00.200Z"
        let unmoved = try runAgainstTheFake(RecordedSpecGenerator(provider: LOX24Provider.descriptor).specs(from: cassettes).specs, in: folder + "/none")
        let (sameTime, sameTimeResult) = try #require(unmoved.first)
        #expect(sameTime.steps.allSatisfy { $0.fakeActions.isEmpty })
        #expect(sameTime.live == .sends)
        #expect(sameTimeResult.outcome == .failed)
    }

    /// A send whose number travels in a form body is still a send: its spec is marked `sends`, so a live
    /// run puts it under the send guard instead of sending an SMS as a `safe` spec.
    @Test func aFormEncodedSendIsMarkedSends() {
        let provider = ProviderDescriptor(
            id: "formco", name: "Form Co", seedFile: "formco.txt", transport: .http, credentials: [],
            destinationNumbers: DestinationNumbers { message in
                guard case .http(let request) = message else { return [] }
                let fields = String(decoding: request.body, as: UTF8.self).split(separator: "&")
                return fields.compactMap { $0.hasPrefix("to=") ? String($0.dropFirst(3)) : nil }
            },
            makeFake: { .http(LOX24Fake(environment: $0)) })
        let send = Cassette(spec: "formco/proxy-1", provider: "formco", recordedAt: "2026-12-01T00:00:00Z", target: "fake",
                            interactions: [Interaction(step: "send",
                                                       request: RecordedRequest(method: "POST", path: "/send", headers: [:],
                                                                                body: .form(["to": "14155552671", "text": "hi"])),
                                                       response: RecordedResponse(status: 200, headers: [:], body: .text("OK")))])
        let generated = RecordedSpecGenerator(provider: provider).specs(from: [send])
        #expect(generated.specs.map { $0.json["live"] } == ["sends"])
    }

    /// An id an earlier answer gave out and a later form body names becomes `{{capture}}` in the form's
    /// text as written, not percent-encoded (which the runner would send as it stands).
    @Test func anIdInAFormBodyBecomesAPlaceholderTheRunnerFillsIn() throws {
        let uuid = "7f3c9a8e-1d2b-4c5d-8e9f-0a1b2c3d4e5f"
        let cassette = Cassette(spec: "lox24/proxy-1", provider: "lox24", recordedAt: "2026-12-01T00:00:00Z", target: "fake", interactions: [
            Interaction(step: "send", request: RecordedRequest(method: "POST", path: "/sms", headers: [:], body: .json(["text": "hi"])),
                        response: RecordedResponse(status: 201, headers: [:], body: .json(["uuid": .string(uuid)]))),
            Interaction(step: "cancel", request: RecordedRequest(method: "POST", path: "/cancel", headers: [:],
                                                                 body: .form(["id": .string(uuid), "why": "no more"])),
                        response: RecordedResponse(status: 200, headers: [:], body: .text("OK"))),
        ])
        let generated = RecordedSpecGenerator(provider: LOX24Provider.descriptor).specs(from: [cassette])
        let steps = try #require(generated.specs.first?.json["steps"]?.arrayValue)
        #expect(steps.count == 2)
        #expect(steps.last?["request"]?["text"] == "id={{uuid}}&why=no%20more")
    }

    @Test func otherProvidersCassettesAndUnansweredRequestsAreLeftOutWithANote() {
        let unanswered = Cassette(spec: "lox24/proxy-1", provider: "lox24", recordedAt: "2026-12-01T00:00:00Z", target: "fake",
                                  interactions: [Interaction(step: "send", request: RecordedRequest(method: "POST", path: "/sms", headers: [:], body: .none),
                                                             response: RecordedResponse(status: 0, headers: [:], body: .none))])
        let other = Cassette(spec: "rox/x", provider: "rox", recordedAt: "2026-12-01T00:00:00Z", target: "fake",
                             interactions: [Interaction(step: "send", exchange: .email(message: [:], replies: []))])
        let generated = RecordedSpecGenerator(provider: LOX24Provider.descriptor).specs(from: [unanswered, other])
        #expect(generated.specs.isEmpty)
        #expect(generated.notes == ["lox24/proxy-1: send got no HTTP response; left out"])
    }

    @Test(arguments: [
        ("7f3c9a8e-1d2b-4c5d-8e9f-0a1b2c3d4e5f", #"{"$match":"uuid"}"#),
        ("2024-09-20T04:39:13.819Z", #"{"$match":"iso8601"}"#),
        ("plain", #""plain""#),
    ])
    func valuesShapedLikeIdsOrTimesBecomeMatchers(value: String, expected: String) throws {
        let generated = RecordedSpecGenerator(provider: LOX24Provider.descriptor).specs(from: [Cassette(
            spec: "lox24/proxy-1", provider: "lox24", recordedAt: "2026-12-01T00:00:00Z", target: "fake",
            interactions: [Interaction(step: "exchange", request: RecordedRequest(method: "GET", path: "/sms", headers: [:], body: .none),
                                       response: RecordedResponse(status: 200, headers: [:], body: .json(["value": .string(value)])))])])
        let json = try #require(generated.specs.first?.json)
        #expect(JSONWriter.string(try #require(json["steps"]?.arrayValue?.first?["expect"]?["json"]?["value"])) == expected)
    }
}
