// Fuzz target: the cassette loader. A cassette that loads must survive its canonical encoding unchanged.
import ContractHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCassetteLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let cassette = try CassetteCodec.decode(bytes, file: "Recordings/fuzz.json")
        let again = try CassetteCodec.decode(CassetteCodec.encode(cassette), file: "Recordings/fuzz.json")
        precondition(again == cassette, "a cassette changed through its canonical encoding")
    } catch {
        precondition(!error.problems.isEmpty, "a load error without problems")
        _ = error.description
    }
    return 0
}
