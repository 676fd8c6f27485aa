// libFuzzer's entry point for every target: fuzz/run compiles it with fuzz/Targets/<target>.swift (which names
// the check as `FuzzTarget`) and the check's file under Tests/. A problem the check reports is a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    if let problem = FuzzTarget.check(Array(UnsafeBufferPointer(start: data, count: size))) {
        fatalError(problem)
    }
    return 0
}
