// Fuzz target: the spec loader (JSON with source locations, then every field of the spec format).
import ContractHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpecLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        _ = try SpecDecoder.decode(bytes, file: "Specs/fuzz/input.json")
    } catch {
        precondition(!error.problems.isEmpty, "a load error without problems")
        _ = error.description
    }
    return 0
}
