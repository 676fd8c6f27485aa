@testable import Providers
import StructuredData

/// The `xml` fuzz target's check (fuzz/run), replayed on kept inputs by ``FuzzRegressionTests``: the XML
/// reader, the XML↔JSON mapping cassettes use, the writer, and the iovox fake's request reading. What the
/// writer writes must read back and write the same again.
enum XMLFuzzing {
    /// A problem with how `bytes` was handled, or nil.
    static func check(_ bytes: [UInt8]) -> String? {
        _ = IovoxSendRequest.read(bytes)
        guard let document = try? XMLReader.parse(bytes) else { return nil }
        let written = XMLWriter.bytes(document, indent: false)
        guard let reread = try? XMLReader.parse(written) else {
            return "the writer's output does not read back: \(String(decoding: written, as: UTF8.self))"
        }
        guard XMLWriter.bytes(reread, indent: false) == written else { return "writing is not stable" }
        if let element = try? XMLJSONMapping.element(from: XMLJSONMapping.json(from: document)) {
            _ = XMLWriter.string(element, indent: true)
        }
        return nil
    }
}
