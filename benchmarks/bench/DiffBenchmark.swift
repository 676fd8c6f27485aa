import ContractHarness
import Foundation
import Providers
import StructuredData

/// The diff engine on rox cassettes of growing message counts: the comparison a spec run makes
/// between its traffic and the recorded cassette (request structurally; response body structurally
/// with the provider's volatile paths ignored), and the same after decoding the cassette file.
enum DiffBenchmark {
    static func run(cassettePath: String, messageCounts: [Int], iterations: Int) -> Bool {
        guard let data = FileManager.default.contents(atPath: cassettePath),
              let cassette = try? CassetteCodec.decode(Array(data), file: cassettePath),
              let interaction = cassette.interactions.first,
              case .http(let request, let response) = interaction.exchange,
              case .json(let requestBody) = request.body, case .json(let responseBody) = response.body,
              let descriptor = ProviderRegistry.descriptor(for: cassette.provider)
        else {
            FileHandle.standardError.write(Data("cannot read an HTTP rox cassette from \(cassettePath)\n".utf8))
            return false
        }
        let volatile = descriptor.volatileBodyPaths.compactMap { try? JSONPathPattern(parsing: $0) }
        var succeeded = true
        for count in messageCounts {
            let recorded = resize(cassette, request, response, requestBody, responseBody, to: count)
            let actual = rerun(recorded, shift: 1_000)
            let drifted = rerun(recorded, shift: 1_000, driftAt: count / 2 + 1)
            let encoded = CassetteCodec.encode(recorded)
            // Validation: a re-run differs only in volatile values; one changed ResultText is one difference.
            let clean = compare(recorded, actual, volatile).count
            let drift = compare(recorded, drifted, volatile).count
            if clean != 0 || drift != 1 {
                FileHandle.standardError.write(Data("diff check failed at \(count) messages: \(clean) and \(drift) differences, expected 0 and 1\n".utf8))
                succeeded = false
            }
            let runs = max(1, iterations * 500 / max(count, 1)).clamped(to: 5...iterations)
            var diffSamples: [Double] = []
            var decodeSamples: [Double] = []
            for round in 0..<(runs + 3) {
                var found = 0
                let diff = Measurement.seconds { found = compare(recorded, actual, volatile).count }
                let decodeAndDiff = Measurement.seconds {
                    if let decoded = try? CassetteCodec.decode(encoded, file: cassettePath) { found += compare(decoded, actual, volatile).count }
                }
                precondition(found == 0)
                if round >= 3 { diffSamples.append(diff); decodeSamples.append(decodeAndDiff) } // 3 warm-up rounds
            }
            Measurement.emit([
                "benchmark": "diff", "messages": .integer(count), "cassette_bytes": .integer(encoded.count), "runs": .integer(runs),
                "diff_ms_median": Measurement.number(Measurement.quantile(diffSamples, 0.5) * 1000),
                "diff_ms_p90": Measurement.number(Measurement.quantile(diffSamples, 0.9) * 1000),
                "decode_and_diff_ms_median": Measurement.number(Measurement.quantile(decodeSamples, 0.5) * 1000),
            ])
        }
        return succeeded
    }

    /// What the runner compares for one HTTP interaction: the request as a whole, the response body
    /// with volatile paths ignored (headers and status are a handful of scalars and left out).
    static func compare(_ recorded: Cassette, _ actual: Cassette, _ volatile: [JSONPathPattern]) -> [StructuralDifference] {
        var differences: [StructuralDifference] = []
        for (old, new) in zip(recorded.interactions, actual.interactions) {
            guard case .http(let oldRequest, let oldResponse) = old.exchange, case .http(let newRequest, let newResponse) = new.exchange,
                  case .json(let before) = oldResponse.body, case .json(let after) = newResponse.body
            else { continue }
            differences += StructuralDiff().differences(expected: oldRequest.json, actual: newRequest.json)
            differences += StructuralDiff(ignoring: volatile).differences(expected: before, actual: after)
        }
        return differences
    }

    /// The recorded cassette with `count` messages: message 1 of the recording repeated with its own
    /// number, destination and SMSId (the recording itself when `count` is its own size).
    private static func resize(
        _ cassette: Cassette, _ request: RecordedRequest, _ response: RecordedResponse, _ requestBody: JSONValue, _ responseBody: JSONValue,
        to count: Int
    ) -> Cassette {
        guard let sentMessages = requestBody["Messages"]?.objectValue, let answeredMessages = responseBody["Messages"]?.objectValue,
              sentMessages["Count"]?.intValue != count,
              let sentTemplate = sentMessages["1"]?.objectValue, let answerTemplate = answeredMessages["1"]?.objectValue
        else { return cassette }
        var sent = JSONObject(minimumCapacity: count + 4)
        var answered = JSONObject(minimumCapacity: count + 4)
        for number in 1...max(count, 1) {
            let destination = JSONValue.string("+614110" + String(100_000 + number).suffix(5))
            var message = sentTemplate
            message["DestTn"] = destination
            sent[String(number)] = .object(message)
            var answer = answerTemplate
            answer["DestTn"] = destination
            answer["SMSId"] = .integer(122 + number)
            answered[String(number)] = .object(answer)
        }
        for (key, value) in sentMessages where Int(key) == nil { sent[key] = value }
        for (key, value) in answeredMessages where Int(key) == nil { answered[key] = value }
        sent["Count"] = .integer(count)
        var newRequestBody = requestBody.objectValue ?? JSONObject()
        newRequestBody["Messages"] = .object(sent)
        var newResponseBody = responseBody.objectValue ?? JSONObject()
        newResponseBody["Messages"] = .object(answered)
        var resized = cassette
        resized.interactions = [Interaction(
            step: cassette.interactions.first?.step ?? "send",
            request: RecordedRequest(method: request.method, path: request.path, headers: request.headers, body: .json(.object(newRequestBody))),
            response: RecordedResponse(status: response.status, headers: response.headers, body: .json(.object(newResponseBody))))]
        return resized
    }

    /// The cassette as a later run records it: new SMSIds, timestamps and request id; with `driftAt`,
    /// that message's ResultText changed too (a real difference).
    private static func rerun(_ cassette: Cassette, shift: Int, driftAt: Int? = nil) -> Cassette {
        var copy = cassette
        copy.interactions = cassette.interactions.map { interaction in
            guard case .http(let request, var response) = interaction.exchange, case .json(let body) = response.body,
                  var root = body.objectValue, var messages = root["Messages"]?.objectValue
            else { return interaction }
            for (key, value) in messages {
                guard var message = value.objectValue else {
                    if key == "RequestId" { messages[key] = .string("12990101000000" + String(shift)) }
                    continue
                }
                if let id = message["SMSId"]?.intValue { message["SMSId"] = .integer(id + shift) }
                message["Timestamp"] = .string("2030-01-01T00:00:00.000Z")
                if let driftAt, key == String(driftAt) { message["ResultText"] = .string("Queued (changed)") }
                messages[key] = .object(message)
            }
            root["Messages"] = .object(messages)
            response.body = .json(.object(root))
            response.headers["Date"] = .string("Tue, 01 Jan 2030 00:00:00 GMT")
            return Interaction(step: interaction.step, request: request, response: response)
        }
        return copy
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
