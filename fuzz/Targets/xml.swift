// Fuzz target: XML payloads: the reader, the XML↔JSON mapping cassettes use, the writer, and the iovox
// fake's request reading. What the writer writes must read back.
import StructuredData
@testable import Providers

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = IovoxSendRequest.read(bytes)
    guard let document = try? XMLReader.parse(bytes) else { return 0 }
    let written = XMLWriter.bytes(document, indent: false)
    guard let reread = try? XMLReader.parse(written) else {
        preconditionFailure("the writer's output does not read back: \(String(decoding: written, as: UTF8.self))")
    }
    precondition(XMLWriter.bytes(reread, indent: false) == written, "writing is not stable")
    let json = XMLJSONMapping.json(from: document)
    if let element = try? XMLJSONMapping.element(from: json) {
        _ = XMLWriter.string(element, indent: true)
    }
    return 0
}
